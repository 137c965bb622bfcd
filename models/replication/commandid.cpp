#include "commandid.h"

#include "securerandom.h"

namespace md {

QString CommandId::make()
{
    return SecureRandom::uuid();
}

} // namespace md
