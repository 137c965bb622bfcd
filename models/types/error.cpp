#include "error.h"

#include <array>
#include <utility>

namespace md {

namespace {

struct CodeInfo
{
    ErrorCode code;
    const char *name;
    ErrorKind kind;
};

// One table: the stable name and the kind of every code, in enum order.
constexpr CodeInfo kCodes[] = {
    {ErrorCode::InvalidArgument, "invalid_argument", ErrorKind::Invalid},
    {ErrorCode::NotFound, "not_found", ErrorKind::NotFound},
    {ErrorCode::Forbidden, "forbidden", ErrorKind::Forbidden},
    {ErrorCode::Unauthorized, "unauthorized", ErrorKind::Unauthorized},
    {ErrorCode::StorageError, "storage_error", ErrorKind::Internal},
    {ErrorCode::VersionConflict, "version_conflict", ErrorKind::Conflict},
    {ErrorCode::EmptyTitle, "empty_title", ErrorKind::Invalid},
    {ErrorCode::InvalidPrice, "invalid_price", ErrorKind::Invalid},
    {ErrorCode::DuplicateSkuCode, "duplicate_sku_code", ErrorKind::Conflict},
    {ErrorCode::UnknownCategory, "unknown_category", ErrorKind::Unprocessable},
    {ErrorCode::CategoryCycle, "category_cycle", ErrorKind::Unprocessable},
    {ErrorCode::CategoryNotEmpty, "category_not_empty", ErrorKind::Conflict},
    {ErrorCode::InvalidStatus, "invalid_status", ErrorKind::Invalid},
    {ErrorCode::InvalidQuantity, "invalid_quantity", ErrorKind::Invalid},
    {ErrorCode::InsufficientStock, "insufficient_stock", ErrorKind::Conflict},
    {ErrorCode::InvalidEmail, "invalid_email", ErrorKind::Invalid},
    {ErrorCode::InvalidPhone, "invalid_phone", ErrorKind::Invalid},
    {ErrorCode::MissingContact, "missing_contact", ErrorKind::Invalid},
    {ErrorCode::DuplicateEmail, "duplicate_email", ErrorKind::Conflict},
    {ErrorCode::DuplicatePhone, "duplicate_phone", ErrorKind::Conflict},
    {ErrorCode::WeakPassword, "weak_password", ErrorKind::Invalid},
    {ErrorCode::InvalidCredentials, "invalid_credentials", ErrorKind::Unauthorized},
    {ErrorCode::AccountDisabled, "account_disabled", ErrorKind::Forbidden},
    {ErrorCode::InsufficientPoints, "insufficient_points", ErrorKind::Unprocessable},
    {ErrorCode::InsufficientBalance, "insufficient_balance", ErrorKind::Unprocessable},
    {ErrorCode::InvalidRole, "invalid_role", ErrorKind::Invalid},
    {ErrorCode::LastOwner, "last_owner", ErrorKind::Conflict},
    {ErrorCode::TooManyAttempts, "too_many_attempts", ErrorKind::RateLimited},
    {ErrorCode::AmountOverflow, "amount_overflow", ErrorKind::Invalid},
    {ErrorCode::CurrencyMismatch, "currency_mismatch", ErrorKind::Invalid},
    {ErrorCode::InvalidAmount, "invalid_amount", ErrorKind::Invalid},
    {ErrorCode::OutOfStock, "out_of_stock", ErrorKind::Conflict},
    {ErrorCode::SkuUnavailable, "sku_unavailable", ErrorKind::Unprocessable},
    {ErrorCode::CartEmpty, "cart_empty", ErrorKind::Unprocessable},
    {ErrorCode::CartLimit, "cart_limit", ErrorKind::Unprocessable},
    {ErrorCode::CouponNotApplicable, "coupon_not_applicable", ErrorKind::Unprocessable},
    {ErrorCode::CouponExpired, "coupon_expired", ErrorKind::Unprocessable},
    {ErrorCode::CouponExhausted, "coupon_exhausted", ErrorKind::Conflict},
    {ErrorCode::CouponLimitReached, "coupon_limit_reached", ErrorKind::Conflict},
    {ErrorCode::CouponAlreadyClaimed, "coupon_already_claimed", ErrorKind::Conflict},
    {ErrorCode::UnknownCoupon, "unknown_coupon", ErrorKind::NotFound},
    {ErrorCode::FlashSaleLimit, "flash_sale_limit", ErrorKind::Conflict},
    {ErrorCode::FlashSaleClosed, "flash_sale_closed", ErrorKind::Unprocessable},
    {ErrorCode::InvalidTransition, "invalid_transition", ErrorKind::Conflict},
    {ErrorCode::IdempotencyKeyReused, "idempotency_key_reused", ErrorKind::Unprocessable},
    {ErrorCode::IdempotencyInFlight, "idempotency_in_flight", ErrorKind::Conflict},
    {ErrorCode::PaymentMismatch, "payment_mismatch", ErrorKind::Unprocessable},
    {ErrorCode::InvalidSignature, "invalid_signature", ErrorKind::Unauthorized},
    {ErrorCode::StaleCallback, "stale_callback", ErrorKind::Unauthorized},
    {ErrorCode::DuplicateEvent, "duplicate_event", ErrorKind::Conflict},
    {ErrorCode::RefundExceedsPaid, "refund_exceeds_paid", ErrorKind::Unprocessable},
    {ErrorCode::ReviewNotAllowed, "review_not_allowed", ErrorKind::Unprocessable},
    {ErrorCode::ReviewExists, "review_exists", ErrorKind::Conflict},
    {ErrorCode::InvalidRating, "invalid_rating", ErrorKind::Invalid},
    {ErrorCode::TextTooLong, "text_too_long", ErrorKind::Invalid},
    {ErrorCode::UnknownAddress, "unknown_address", ErrorKind::Unprocessable},
    {ErrorCode::AlreadyExists, "already_exists", ErrorKind::Conflict},
    {ErrorCode::UnknownField, "unknown_field", ErrorKind::Invalid},
    {ErrorCode::RateLimited, "rate_limited", ErrorKind::RateLimited},
    {ErrorCode::MissingIdempotencyKey, "idempotency_key_required", ErrorKind::Invalid},
    {ErrorCode::CursorExpired, "cursor_expired", ErrorKind::Gone},
    {ErrorCode::ServerUnreachable, "server_unreachable", ErrorKind::Unavailable},
};

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kCodes); ++i) {
        if (static_cast<std::size_t>(kCodes[i].code) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "kCodes must list every ErrorCode in declaration order");
static_assert(std::size(kCodes) == static_cast<std::size_t>(ErrorCode::ServerUnreachable) + 1);

const CodeInfo &info(ErrorCode code)
{
    return kCodes[static_cast<std::size_t>(code)];
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(info(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const CodeInfo &c : kCodes) {
        if (name == QLatin1String(c.name))
            return c.code;
    }
    return std::nullopt;
}

ErrorKind errorKind(ErrorCode code)
{
    return info(code).kind;
}

Error makeError(ErrorCode code, const QString &message, const QString &field)
{
    Error e;
    e.code = code;
    e.message = message;
    e.field = field;
    return e;
}

} // namespace md
