#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace md {

// What kind of failure an error is. The HTTP layer maps a kind to a status code and the desktop
// maps it to the tone of its message; the code below says precisely what went wrong.
enum class ErrorKind {
    Invalid,       // the request itself is malformed or out of range (HTTP 400)
    Unauthorized,  // no or bad credentials (401)
    Forbidden,     // authenticated, but not allowed (403)
    NotFound,      // unknown id, or somebody else's record (404)
    Conflict,      // the state of the world does not allow it now (409)
    Unprocessable, // well-formed but refused by a business rule (422)
    RateLimited,   // too many attempts (429)
    Gone,          // what was asked for is no longer kept (410)
    Unavailable,   // the other side cannot be reached now; try again later (503)
    Internal,      // a fault of ours, never of the caller (500)
};

// Stable error codes. Their names (see errorCodeName) are part of the public API: the storefront
// puts them into problem+json, sync stores them with rejected commands. Never rename one.
enum class ErrorCode {
    // generic
    InvalidArgument,
    NotFound,
    Forbidden,
    Unauthorized,
    StorageError,
    VersionConflict,
    // catalog
    EmptyTitle,
    InvalidPrice,
    DuplicateSkuCode,
    UnknownCategory,
    CategoryCycle,
    CategoryNotEmpty,
    InvalidStatus,
    InvalidQuantity,
    InsufficientStock,
    // members and staff
    InvalidEmail,
    InvalidPhone,
    MissingContact,
    DuplicateEmail,
    DuplicatePhone,
    WeakPassword,
    InvalidCredentials,
    AccountDisabled,
    InsufficientPoints,
    InsufficientBalance,
    InvalidRole,
    LastOwner,
    TooManyAttempts,
    // money
    AmountOverflow,
    CurrencyMismatch,
    InvalidAmount,
    // commerce
    OutOfStock,
    SkuUnavailable,
    CartEmpty,
    CartLimit,
    CouponNotApplicable,
    CouponExpired,
    CouponExhausted,
    CouponLimitReached,
    CouponAlreadyClaimed,
    UnknownCoupon,
    FlashSaleLimit,
    FlashSaleClosed,
    InvalidTransition,
    IdempotencyKeyReused,
    IdempotencyInFlight,
    PaymentMismatch,
    InvalidSignature,
    StaleCallback,
    DuplicateEvent,
    RefundExceedsPaid,
    ReviewNotAllowed,
    ReviewExists,
    InvalidRating,
    TextTooLong,
    UnknownAddress,
    AlreadyExists,
    UnknownField,
    RateLimited,
    MissingIdempotencyKey,
    // sync
    CursorExpired,
    ServerUnreachable,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
ErrorKind errorKind(ErrorCode code);

// An error as a value: services return it instead of throwing, and change nothing when they do.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message; // for people: translated, says what to do
    QString field;   // the offending input field, when there is one
    QVariantMap details;

    ErrorKind kind() const { return errorKind(code); }
    QString codeName() const { return errorCodeName(code); }
};

Error makeError(ErrorCode code, const QString &message, const QString &field = {});

// tr() for the domain library, which has no QObject of its own.
struct DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
};

} // namespace md
