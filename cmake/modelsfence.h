// Force-included into every file of the models target (models/CMakeLists.txt), never included by
// hand. The domain library must not use widgets, painting or the network: its link line has only
// Qt Core, Qt Sql and OpenSSL, but the Qt include root and /usr/include (where Poco lives) are on
// every compiler's path, so <QtWidgets/QWidget> or <Poco/Net/HTTPServer.h> would still compile.
// Every Qt Widgets, Gui, Network and Charts header declares its classes with its module's export
// macro, and every Poco header names the Poco namespace: poisoning those names makes any such
// include a compile error here (checked by the fence_* tests in tests/CMakeLists.txt). QtCore
// itself names none of them.
#pragma once

#pragma GCC poison Q_WIDGETS_EXPORT Q_GUI_EXPORT Q_NETWORK_EXPORT Q_CHARTS_EXPORT
#pragma GCC poison Poco
