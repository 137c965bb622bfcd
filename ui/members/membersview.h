#pragma once

#include "actor.h"
#include "areaworker.h"
#include "commandprocessor.h"
#include "memberpageloader.h"
#include "searchedit.h"

#include <QWidget>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace md {

class CommandSink;
class MemberDetailPanel;
class MemberTableModel;
class ServiceContext;

// The Members area: the member list with tier, points, balance and total spend, searched by
// name, e-mail or phone and fed page by page from a worker thread; the selected member's detail
// (recent orders, points and balance ledgers); and, for staff whose role allows it, adjusting
// points or balance by a delta with a required reason (member.points_adjust /
// member.balance_adjust) and overriding the tier or returning to the computed one
// (member.tier_override), sent through the CommandSink. What the role may not do is not shown.
class MembersView : public QWidget
{
    Q_OBJECT

public:
    // The adjustment's kinds, as item data of adjustKindBox().
    enum AdjustKind { AdjustPoints, AdjustBalance };

    MembersView(const ServiceContext &context, const QString &currency, const Actor &staff,
                CommandSink *commands, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MemberDetailPanel *detailPanel() const { return m_detail; }
    SearchEdit *searchEdit() const { return m_search; }
    QGroupBox *adjustBox() const { return m_adjustBox; }
    QComboBox *adjustKindBox() const { return m_adjustKind; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QAction *adjustAction() const { return m_adjust; }
    QGroupBox *tierBox() const { return m_tierBox; }
    QComboBox *tierCombo() const { return m_tier; }
    QAction *tierAction() const { return m_setTier; }
    QString statusMessage() const;

public slots:
    void reload();
    // Searches now instead of after the typing pause.
    void applySearch();

signals:
    // Connected (queued) to the loader on the worker thread.
    void detailRequested(quint64 request, qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void currentChanged();
    void detailLoaded(quint64 request, const MemberDetail &detail);
    void updateActions();
    void adjust();
    void setTier();
    void send(const md::SyncCommand &command);
    void outcome(const CommandOutcome &outcome);
    qint64 currentMemberId() const;

    QString m_currency;
    CommandSink *m_commands;
    bool m_canPoints;
    bool m_canBalance;
    bool m_canTier;
    MemberPageLoader *m_loader;
    MemberTableModel *m_model;
    SearchEdit *m_search;
    QToolButton *m_refreshButton;
    QLabel *m_message;
    QLabel *m_count;
    QTableView *m_table;
    MemberDetailPanel *m_detail;
    QGroupBox *m_adjustBox;
    QComboBox *m_adjustKind;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QToolButton *m_adjustButton;
    QGroupBox *m_tierBox;
    QComboBox *m_tier;
    QToolButton *m_tierButton;
    QAction *m_adjust;
    QAction *m_setTier;
    QAction *m_refresh;
    QAction *m_find;
    quint64 m_detailRequest = 0;
    qint64 m_detailId = 0; // the member the detail shows or is loading
    QString m_pendingId;
    qint64 m_selectAfterReload = 0;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
