#pragma once

#include "member.h"

#include <QString>

#include <optional>

namespace md {

// What a member list asks the store for. A plain type: the desktop builds it; MemberRepository
// answers it (through MemberService).

// The column a member list is sorted by (the store sorts, from this list of keys only); ties are
// broken by id in the same direction. Tier sorts by rank (the override when there is one), Name
// off members_display_name, Spend by cumulative net paid.
enum class MemberSort { Id, Name, Email, Phone, Tier, Points, Balance, Spend };

struct MemberQuery
{
    QString text; // substring of name, e-mail or phone
    std::optional<MemberTier> tier;
    MemberSort sort = MemberSort::Id;
    bool descending = false;
    int offset = 0;
    int limit = 100;
};

} // namespace md
