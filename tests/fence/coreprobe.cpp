// Built by the fence_core test with the models target's flags: what models may use must compile,
// so that the two failing probes fail for the fence's reason and not for a broken set-up.
#include <QtCore/QtCore>
#include <QtSql/QtSql>
