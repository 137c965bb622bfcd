// Built only by the fence_poco test, with the models target's flags: it must fail to compile.
#include <Poco/Net/HTTPServer.h>
