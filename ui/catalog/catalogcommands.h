#pragma once

#include "synccommand.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

class QUndoStack;

namespace md {

class CommandSink;

// One change of an edit: the command that makes it and the command that takes it back, both
// made with toSyncCommand from typed commands (their ids and base versions are set per send).
// Both act on the same record.
struct CatalogStep
{
    SyncCommand command;
    SyncCommand inverse;
    // Edits carry the version they were made on (optimistic locking); stock deltas do not.
    bool versioned = true;
    qint64 baseVersion = 0; // for the first send; later sends use the version last heard of
};

// The Catalog area's way of sending commands through the CommandSink. An edit is a list of steps
// sent together; once every outcome has arrived, the applied ones become one entry of the undo
// stack, whose undo sends the inverse commands (the old price; the opposite stock delta with the
// note "undo") and whose redo sends the commands again. Each later send of an edit names the
// version the record has after the previous command (heard from its outcome), so undo does not
// conflict with the edit it undoes, but does with a change somebody else made in between.
//
// Undo is for edits not yet synced: while the outbox still holds commands, the stack is kept;
// when it becomes empty (setOutboxPending(0)), everything was pushed and the stack is cleared.
// The pending count is per outbox, not per command, so while other commands wait an edit that
// was already pushed may still be undone; without a count (a sink that is not a DeskSession),
// every edit of this session can be undone.
class CatalogCommands : public QObject
{
    Q_OBJECT

public:
    explicit CatalogCommands(CommandSink *sink, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    bool canSend() const { return m_sink != nullptr; }

    // Sends the steps; finished(id) follows when all outcomes have arrived, and the applied
    // steps are pushed to the undo stack under `text` (unless `undoable` is false).
    // Returns the edit's id (0 without a sink or without steps).
    int edit(const QString &text, const QList<md::CatalogStep> &steps, bool undoable = true);
    // One command on its own, not undoable (creations: the server numbers the record). The
    // outcome comes with sent().
    QString send(const md::SyncCommand &command);
    // The version a record has after the last of our commands applied to it, else `fallback`.
    qint64 version(const QString &entity, qint64 id, qint64 fallback) const;

public slots:
    void setOutboxPending(qint64 count);

signals:
    // An edit's commands have all been answered; `refusals` holds the reasons of those that were
    // not applied (empty when all were).
    void finished(int editId, const QStringList &refusals);
    void sent(const QString &commandId, const md::CommandOutcome &outcome);
    // An undo or redo was not (wholly) applied, e.g. somebody changed the record in between;
    // the stack has moved on regardless.
    void replayRefused(const QString &text, const QStringList &refusals);
    // Something of the catalog changed here: views reload.
    void applied();

private:
    friend class CatalogUndoCommand;
    struct Edit
    {
        QString text;
        QList<CatalogStep> steps;
        QMap<int, CatalogStep> applied; // by step index: the order they were meant in
        QSet<QString> waiting;
        QStringList refusals;
        bool undoable = true;
        bool replay = false;
    };
    // Sends the steps, forward or inverse; replays (undo, redo) use the versions heard of.
    int sendSteps(const QString &text, const QList<CatalogStep> &steps, bool inverse, bool undoable,
                  bool replay, bool fromQueue = false);
    void outcome(const CommandOutcome &outcome);
    static QString key(const QString &entity, qint64 id);

    CommandSink *m_sink;
    QUndoStack *m_stack;
    QHash<int, Edit> m_edits;
    QHash<QString, std::pair<int, int>> m_commandSteps; // command id -> (edit, step)
    QHash<QString, qint64> m_versions;                  // "entity:id" -> version
    QSet<QString> m_single;                             // ids of send()
    // Undo and redo wait until every command before them was answered: they name the version
    // the record has after those commands, which only their outcomes tell.
    struct Replay
    {
        QString text;
        QList<CatalogStep> steps;
        bool inverse = false;
    };
    QList<Replay> m_replays;
    int m_nextEdit = 1;
};

} // namespace md
