#pragma once

#include "catalogcommands.h"

#include <QUndoCommand>

namespace md {

// One applied catalog edit on the undo stack. It is pushed after its commands were applied, so
// the first redo() (QUndoStack::push calls it) sends nothing; undo() sends the inverse commands
// in reverse order, a later redo() the commands again.
class CatalogUndoCommand : public QUndoCommand
{
public:
    CatalogUndoCommand(CatalogCommands &commands, const QString &text,
                       const QList<CatalogStep> &steps);

    void undo() override;
    void redo() override;

private:
    CatalogCommands &m_commands;
    QList<CatalogStep> m_steps;
    bool m_done = true; // already applied when pushed
};

} // namespace md
