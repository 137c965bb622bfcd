#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace md {

// A value or the Error that prevented it. Services return these instead of throwing so that every
// caller (HTTP handler, sync command, widget) must decide what a failure means to it.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(value)
    {}
    Result(T &&value)
        : m_state(std::move(value))
    {}
    Result(const Error &error)
        : m_state(error)
    {}
    Result(Error &&error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    T value_or(T fallback) const { return ok() ? value() : fallback; }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace md
