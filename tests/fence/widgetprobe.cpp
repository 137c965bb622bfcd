// Built only by the fence_widgets test, with the models target's flags: it must fail to compile.
#include <QtWidgets/QWidget>
