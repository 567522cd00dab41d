#include "diagnostics.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace whosaid::cli {

void diagnostics::print(std::string_view kind, std::string_view where, std::string_view what) {
  if (progress_) progress_->clear();
  std::cerr << "whosaid: ";
  if (!where.empty()) std::cerr << where << ": ";
  std::cerr << kind << what << '\n';
}

void diagnostics::error(std::string_view where, std::string_view what) {
  ++failures_;
  print("", where, what);
}

void diagnostics::warning(std::string_view where, std::string_view what) {
  if (!quiet_) print("warning: ", where, what);
}

bool stderr_is_terminal() noexcept { return ::isatty(STDERR_FILENO) == 1; }

progress::progress(bool enabled, std::uintmax_t total_bytes, std::size_t total_articles)
    : enabled_(enabled), total_bytes_(total_bytes), total_articles_(total_articles) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

progress::~progress() { finish(); }

void progress::advance(std::size_t articles, std::uintmax_t bytes) {
  articles_ += articles;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw();
}

void progress::draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? static_cast<double>(bytes_) / seconds : 0;  // bytes per second
  char line[160];
  int n;
  if (total_articles_ > 0 && articles_ <= total_articles_)
    n = std::snprintf(line, sizeof line, "\r%zu/%zu articles  %.1f MB/s", articles_, total_articles_, rate / 1e6);
  else
    n = std::snprintf(line, sizeof line, "\r%zu articles  %.1f MB/s", articles_, rate / 1e6);
  std::string text(line, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (total_bytes_ > 0 && rate > 0 && bytes_ <= total_bytes_) {
    auto left = static_cast<unsigned long>(static_cast<double>(total_bytes_ - bytes_) / rate);
    std::snprintf(line, sizeof line, "  %lu:%02lu left", left / 60, left % 60);
    text += line;
  }
  text += "\033[K";  // erase what a longer previous line left
  std::cerr << text << std::flush;
  shown_ = true;
}

void progress::clear() {
  if (!shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

void progress::finish() {
  clear();
  enabled_ = false;
}

}  // namespace whosaid::cli
