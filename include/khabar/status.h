// Status and Result<T>: how khabar reports expected failures (I/O, bad input,
// a corrupt lexicon) as values. Text stages never fail; readers and the index
// do. After leveldb's Status and abseil's StatusOr.

#ifndef KHABAR_STATUS_H_
#define KHABAR_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace khabar {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIoError, kCorrupt,
                    kTooLarge, kUnsupported };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IoError(std::string msg) {
    return Status(Code::kIoError, std::move(msg));
  }
  static Status Corrupt(std::string msg) {
    return Status(Code::kCorrupt, std::move(msg));
  }
  static Status TooLarge(std::string msg) {
    return Status(Code::kTooLarge, std::move(msg));
  }
  static Status Unsupported(std::string msg) {
    return Status(Code::kUnsupported, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "io error: cannot open x.json: No such file or directory"
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains its absence.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}       // NOLINT: implicit
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit
  // REQUIRES: !status.ok() when constructing from a Status.

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

#define KHABAR_CONCAT_INNER_(a, b) a##b
#define KHABAR_CONCAT_(a, b) KHABAR_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` (a Status) is not OK.
#define RETURN_IF_ERROR(expr)                         \
  do {                                                \
    ::khabar::Status _khabar_status = (expr);         \
    if (!_khabar_status.ok()) return _khabar_status;  \
  } while (0)

// ASSIGN_OR_RETURN(auto x, MakeX()): unwraps a Result or returns its Status.
#define ASSIGN_OR_RETURN(decl, expr)                                   \
  auto KHABAR_CONCAT_(_khabar_result_, __LINE__) = (expr);             \
  if (!KHABAR_CONCAT_(_khabar_result_, __LINE__).ok())                 \
    return KHABAR_CONCAT_(_khabar_result_, __LINE__).status();         \
  decl = std::move(KHABAR_CONCAT_(_khabar_result_, __LINE__)).value()

}  // namespace khabar

#endif  // KHABAR_STATUS_H_
