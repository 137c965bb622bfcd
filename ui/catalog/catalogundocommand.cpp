#include "catalogundocommand.h"

#include <algorithm>

namespace md {

CatalogUndoCommand::CatalogUndoCommand(CatalogCommands &commands, const QString &text,
                                       const QList<CatalogStep> &steps)
    : QUndoCommand(text)
    , m_commands(commands)
    , m_steps(steps)
{}

void CatalogUndoCommand::undo()
{
    QList<CatalogStep> reversed = m_steps;
    std::reverse(reversed.begin(), reversed.end());
    m_commands.sendSteps(text(), reversed, true, false, true);
    m_done = false;
}

void CatalogUndoCommand::redo()
{
    if (m_done)
        return;
    m_commands.sendSteps(text(), m_steps, false, false, true);
    m_done = true;
}

} // namespace md
