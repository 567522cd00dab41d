// Where a writer's bytes go: an output iterator, or the end of a std::string.
// Every writer takes either, like write_dot(out, g) in graph libraries; the
// string case appends whole runs instead of one character at a time.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace whosaid::detail {

template <class Out>
class sink {
 public:
  explicit sink(Out out) : out_(std::move(out)) {}
  void put(char c) {
    *out_ = c;
    ++out_;
  }
  void write(std::string_view s) {
    for (char c : s) put(c);
  }
  Out result() { return std::move(out_); }

 private:
  Out out_;
};

template <>
class sink<std::string*> {
 public:
  explicit sink(std::string* s) noexcept : s_(s) {}
  void put(char c) { s_->push_back(c); }
  void write(std::string_view s) { s_->append(s.data(), s.size()); }
  std::string* result() noexcept { return s_; }

 private:
  std::string* s_;
};

}  // namespace whosaid::detail
