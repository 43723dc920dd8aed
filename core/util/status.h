// core/util/status.h - errors as values.
//
// Every fallible core operation returns a Status (or a Result<T>) that says
// what went wrong in words a user can act on. [[nodiscard]] makes the
// compiler insist that callers look at it.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace wb::core {

class [[nodiscard]] Status {
public:
    static Status ok() { return Status(); }
    static Status fail(std::string message) { return Status(std::move(message)); }

    bool is_ok() const { return !failed_; }
    explicit operator bool() const { return !failed_; }
    const std::string& message() const { return message_; }

private:
    Status() = default;
    explicit Status(std::string m) : failed_(true), message_(std::move(m)) {}
    bool failed_ = false;
    std::string message_;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : value_(std::move(value)) {}
    Result(Status failure) : error_(failure.message()) {}

    bool is_ok() const { return value_.has_value(); }
    explicit operator bool() const { return is_ok(); }
    T& value() { return *value_; }
    const T& value() const { return *value_; }
    T* operator->() { return &*value_; }
    const std::string& message() const { return error_; }
    Status status() const { return is_ok() ? Status::ok() : Status::fail(error_); }

private:
    std::optional<T> value_;
    std::string error_;
};

} // namespace wb::core
