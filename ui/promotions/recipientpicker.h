#pragma once

#include "recipientresolver.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace md {

// The "to whom" part of a staff action: all members (when offered), members listed by e-mail,
// mobile number or id, or an RFM segment over a window of days. It only describes the choice;
// RecipientResolver turns it into member ids on a worker thread.
class RecipientPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientPicker(bool offerAll, QWidget *parent = nullptr);

    RecipientChoice choice() const;
    // Empty when the choice can be resolved, else what is missing (translated).
    QString problem() const;

    void setListed(const QStringList &entries);
    void setSegment(RfmSegment segment, int windowDays);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    QRadioButton *m_all;
    QRadioButton *m_listed;
    QRadioButton *m_segment;
    QPlainTextEdit *m_entries;
    QComboBox *m_segments;
    QSpinBox *m_window;
    QLabel *m_windowLabel;
};

} // namespace md
