#include "recipientpicker.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace md {

namespace {

const QList<RfmSegment> kSegments{
    RfmSegment::Champions,    RfmSegment::Loyal,  RfmSegment::PotentialLoyalists,
    RfmSegment::NewCustomers, RfmSegment::AtRisk, RfmSegment::CantLose,
    RfmSegment::Hibernating,  RfmSegment::Lost,   RfmSegment::Others};

} // namespace

RecipientPicker::RecipientPicker(bool offerAll, QWidget *parent)
    : QWidget(parent)
    , m_all(new QRadioButton(this))
    , m_listed(new QRadioButton(this))
    , m_segment(new QRadioButton(this))
    , m_entries(new QPlainTextEdit(this))
    , m_segments(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_windowLabel(new QLabel(this))
{
    m_all->setVisible(offerAll);
    (offerAll ? m_all : m_listed)->setChecked(true);
    m_entries->setMaximumHeight(80);
    for (RfmSegment s : kSegments)
        m_segments->addItem(QString(), int(s)); // names in retranslate()
    m_window->setRange(1, 3650);
    m_window->setValue(365);
    m_windowLabel->setBuddy(m_window);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all, 0, 0, 1, 3);
    layout->addWidget(m_listed, 1, 0, 1, 3);
    layout->addWidget(m_entries, 2, 0, 1, 3);
    layout->addWidget(m_segment, 3, 0);
    layout->addWidget(m_segments, 3, 1, 1, 2);
    layout->addWidget(m_windowLabel, 4, 1);
    layout->addWidget(m_window, 4, 2);
    for (QRadioButton *b : {m_all, m_listed, m_segment})
        connect(b, &QRadioButton::toggled, this, &RecipientPicker::updateEnabled);
    retranslate();
    updateEnabled();
}

RecipientChoice RecipientPicker::choice() const
{
    RecipientChoice c;
    if (m_all->isChecked())
        c.kind = RecipientChoice::Kind::AllMembers;
    else if (m_segment->isChecked())
        c.kind = RecipientChoice::Kind::Segment;
    c.entries = m_entries->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;，；]+")),
                                               Qt::SkipEmptyParts);
    c.segment = RfmSegment(m_segments->currentData().toInt());
    c.windowDays = m_window->value();
    return c;
}

QString RecipientPicker::problem() const
{
    const RecipientChoice c = choice();
    if (c.kind == RecipientChoice::Kind::Listed && c.entries.isEmpty())
        return tr("List the members first (e-mail, mobile number or member id).");
    return {};
}

void RecipientPicker::setListed(const QStringList &entries)
{
    m_listed->setChecked(true);
    m_entries->setPlainText(entries.join(QLatin1Char('\n')));
}

void RecipientPicker::setSegment(RfmSegment segment, int windowDays)
{
    m_segment->setChecked(true);
    m_segments->setCurrentIndex(m_segments->findData(int(segment)));
    m_window->setValue(windowDays);
}

void RecipientPicker::updateEnabled()
{
    m_entries->setEnabled(m_listed->isChecked());
    m_segments->setEnabled(m_segment->isChecked());
    m_window->setEnabled(m_segment->isChecked());
}

void RecipientPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecipientPicker::retranslate()
{
    m_all->setText(tr("&All members"));
    m_listed->setText(tr("Th&ese members:"));
    m_entries->setPlaceholderText(
        tr("One per line or separated by commas: e-mail, mobile number or member id"));
    m_segment->setText(tr("Customer se&gment (RFM):"));
    for (int i = 0; i < m_segments->count(); ++i)
        m_segments->setItemText(
            i, RfmScorer::segmentName(RfmSegment(m_segments->itemData(i).toInt())));
    m_windowLabel->setText(tr("over the paid orders of the last"));
    m_window->setSuffix(tr(" days"));
}

} // namespace md
