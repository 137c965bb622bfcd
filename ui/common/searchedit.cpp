#include "searchedit.h"

#include <QTimer>

namespace md {

SearchEdit::SearchEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    setClearButtonEnabled(true);
    setMaxLength(100);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, &SearchEdit::request);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            request(); // the clear button
    });
    connect(m_pause, &QTimer::timeout, this, &SearchEdit::request);
}

void SearchEdit::request()
{
    m_pause->stop();
    emit searchRequested();
}

} // namespace md
