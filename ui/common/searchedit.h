#pragma once

#include <QLineEdit>

class QTimer;

namespace md {

// The search box of a store-paged list: says when to search, not on every key — after a short
// pause in typing, on Return, or when it is cleared (the clear button) — and what for: the text
// trimmed. The view compares it with what its model shows and reloads only when it differs.
class SearchEdit : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 300;

    explicit SearchEdit(QWidget *parent = nullptr);

    QString searchText() const { return text().trimmed(); }

signals:
    void searchRequested();

private:
    void request();

    QTimer *m_pause;
};

} // namespace md
