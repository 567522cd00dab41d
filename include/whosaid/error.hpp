// The library's exceptions. Every one derives from whosaid::error, so callers
// can catch the library's failures apart from everyone else's. The extractor
// never throws on untrusted text; these come from checked access (at()), from
// invalid ids given to the graph, and from the importers.
#pragma once

#include <stdexcept>
#include <string>

namespace whosaid {

class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An id or name that the graph does not hold.
class not_found : public error {
 public:
  using error::error;
};

// A value that breaks the model's rules: a claim whose speaker does not
// exist, a span outside its article's text.
class invalid_argument : public error {
 public:
  using error::error;
};

// Input that could not be read: malformed JSON, a bad line in a gazetteer.
class parse_error : public error {
 public:
  parse_error(const std::string& what, std::size_t line = 0) : error(what), line_(line) {}
  // 1-based line of the input where reading failed, 0 when unknown.
  std::size_t line() const noexcept { return line_; }

 private:
  std::size_t line_;
};

}  // namespace whosaid
