#include "khabar/status.h"

namespace khabar {

std::string Status::ToString() const {
  std::string_view name;
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIoError: name = "io error"; break;
    case Code::kCorrupt: name = "corrupt"; break;
    case Code::kTooLarge: name = "too large"; break;
    case Code::kUnsupported: name = "unsupported"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace khabar
