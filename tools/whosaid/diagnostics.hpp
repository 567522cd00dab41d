// Messages for the user on standard error, and the count of inputs that
// failed, which decides the exit code. A progress line, when one is shown,
// is cleared before a message so the two never mix.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::cli {

class progress;

class diagnostics {
 public:
  diagnostics(bool strict, bool quiet) noexcept : strict_(strict), quiet_(quiet) {}

  // An input that could not be read: counted, always shown.
  void error(std::string_view where, std::string_view what);
  // Something the user should know that is not a failure; hidden by --quiet.
  void warning(std::string_view where, std::string_view what);

  std::size_t failures() const noexcept { return failures_; }
  // True once --strict has seen a failure: readers stop there.
  bool stopped() const noexcept { return strict_ && failures_ > 0; }
  bool quiet() const noexcept { return quiet_; }

  void attach(progress* p) noexcept { progress_ = p; }

 private:
  void print(std::string_view kind, std::string_view where, std::string_view what);

  bool strict_;
  bool quiet_;
  std::size_t failures_ = 0;
  progress* progress_ = nullptr;
};

// "1234/5000 articles  3.1 MB/s  0:42 left" on standard error, redrawn at
// most ten times a second, only when standard error is a terminal.
class progress {
 public:
  // total_bytes 0: unknown (standard input), so no time left is shown.
  progress(bool enabled, std::uintmax_t total_bytes, std::size_t total_articles);
  ~progress();
  progress(const progress&) = delete;
  progress& operator=(const progress&) = delete;

  void advance(std::size_t articles, std::uintmax_t bytes);
  void clear();   // erase the line (before another message)
  void finish();  // erase the line for good

  bool enabled() const noexcept { return enabled_; }

 private:
  void draw();

  bool enabled_;
  bool shown_ = false;
  std::uintmax_t total_bytes_;
  std::size_t total_articles_;
  std::size_t articles_ = 0;
  std::uintmax_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// Whether standard error is a terminal.
bool stderr_is_terminal() noexcept;

}  // namespace whosaid::cli
