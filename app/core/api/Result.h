// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace CreatorDesk {

// A typed value or the one ApiError that explains why there is none.
template<typename T>
class Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

template<typename T>
using ResultHandler = std::function<void(const Result<T> &)>;

} // namespace CreatorDesk
