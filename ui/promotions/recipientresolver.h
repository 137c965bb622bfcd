#pragma once

#include "actor.h"
#include "rfmscorer.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace md {

class ServiceContext;

// Who a staff action goes to, as the clerk chose it.
struct RecipientChoice
{
    enum class Kind { AllMembers, Listed, Segment };
    Kind kind = Kind::Listed;
    QStringList entries; // Listed: e-mail addresses or member ids
    RfmSegment segment = RfmSegment::Champions;
    int windowDays = 365; // Segment: RFM over the paid orders of the last windowDays days
};

// Turns a RecipientChoice into member ids on a worker thread: listed e-mails are looked up,
// numbers taken as ids (and checked), a segment resolved with SegmentTarget over the window
// ending now, all members read in pages. A number is a member id, else a mobile number. The ids
// then go into a command, so the action itself is the same as picking those members by hand.
class RecipientResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxMembers = 200000; // what one broadcast or issue command takes

    RecipientResolver(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    void resolve(quint64 request, const md::RecipientChoice &choice);

signals:
    // unknown: the listed entries that name no member.
    void resolved(quint64 request, const QList<qint64> &memberIds, const QStringList &unknown);
    void failed(quint64 request, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md
