#pragma once

#include "result.h"

#include <QString>

#include <optional>

// Propagates a failed Result or Status to the caller: MD_TRY(repo.insert(x));
#define MD_TRY(expr)                                                                               \
    do {                                                                                           \
        if (auto &&md_try_result_ = (expr); !md_try_result_)                                       \
            return md_try_result_.error();                                                         \
    } while (false)

namespace md {

// Input rules shared by every service. Each returns the error a caller should show.
namespace validation {

// The largest record id accepted from outside (ids are SQLite rowids).
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1: exact in a JSON number
constexpr qint64 kMaxAmount =
    1'000'000'000'00; // ¥1,000,000,000.00: prices and adjustments above are typos
constexpr int kMaxTitleLength = 200;
constexpr int kMaxTextLength = 20000;

Status title(const QString &text, const QString &field = QStringLiteral("title"));
Status amount(qint64 minorUnits, const QString &field);
Status nonNegativeCount(qint64 value, const QString &field);

// Normalised forms: e-mail trimmed and lower-cased; phone without spaces or dashes and, for
// mainland China numbers, without the +86 prefix. Empty input stays empty (meaning "none").
QString normalizeEmail(const QString &email);
QString normalizePhone(const QString &phone);
Status email(const QString &normalized);
Status phone(const QString &normalized);
Status password(const QString &password);

Error notFound(const QString &what, qint64 id);
Error versionConflict(const QString &what, qint64 id, qint64 expected, qint64 actual);

// A repository lookup that must find its row: the row, NotFound, or the storage error.
template<typename T>
Result<T> found(Result<std::optional<T>> &&lookup, const QString &what, qint64 id)
{
    if (!lookup)
        return lookup.error();
    if (!lookup->has_value())
        return notFound(what, id);
    return std::move(**lookup);
}

} // namespace validation
} // namespace md
