#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace Colloquy {

/// Why a call failed: one sentence for the user. Converts to any Result.
struct Failure
{
    QString message;
};

namespace Detail {
template<typename T>
struct IsOptional : std::false_type
{
};
template<typename T>
struct IsOptional<std::optional<T>> : std::true_type
{
};
} // namespace Detail

/**
 * The outcome of a call that can fail: a value, or the Failure that stands in
 * its place (C++20 has no std::expected; this is the part of it we need).
 *
 * A read that may find nothing returns `Result<std::optional<T>>`, so that
 * "failed" (failed(), with error()) and "found nothing" (an empty optional)
 * are two answers; orFailure() turns "found nothing" into a failure where the
 * caller needs the value. A read of a list returns `Result<QList<T>>`: an
 * empty list is an answer.
 *
 * There is deliberately no conversion to bool: for `Result<std::optional<T>>`
 * it would read as "found" at one call site and "succeeded" at the next. Ask
 * ok() or failed(). value(), `*` and `->` are meant for after ok(); after a
 * failure they give an empty T (an empty list, nullopt), as valueOr({})
 * would, never undefined behaviour. On an rvalue they return the value
 * itself, so `for (const auto &x : *store.themes())` does not dangle.
 *
 * A plain value type: copy it, move it, keep it.
 */
template<typename T>
class [[nodiscard]] Result
{
    static_assert(std::is_default_constructible_v<T>, "a failed Result holds an empty T");

public:
    /// Success: anything a T can be made from (a T, std::nullopt for an optional T, …).
    template<typename U = T>
    requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, Result> &&
        !std::is_same_v<std::remove_cvref_t<U>, Failure>) Result(U &&value)
        : m_value(std::forward<U>(value))
        , m_ok(true)
    { }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    { }

    bool ok() const { return m_ok; }
    bool failed() const { return !ok(); }
    /// Why it failed; empty when ok().
    const QString &error() const { return m_error; }

    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T value() && { return std::move(m_value); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The value, or `fallback` after a failure.
    T valueOr(T fallback) const & { return m_ok ? m_value : std::move(fallback); }
    T valueOr(T fallback) && { return m_ok ? std::move(m_value) : std::move(fallback); }

    /// For a read that may find nothing: the value found, or a Failure saying
    /// `missing` when there was none (and the read's own failure when it failed).
    template<typename U = T>
    requires Detail::IsOptional<U>::value Result<typename U::value_type> orFailure(const QString &missing)
    const
    {
        if (failed())
            return Failure {m_error};
        if (!m_value)
            return Failure {missing};
        return *m_value;
    }

    /// For a read that may find nothing: whether it succeeded and found something.
    template<typename U = T>
    requires Detail::IsOptional<U>::value bool found() const { return m_ok && m_value.has_value(); }

private:
    T m_value {};
    bool m_ok = false;
    QString m_error;
};

} // namespace Colloquy
