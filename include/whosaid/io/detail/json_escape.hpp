// JSON strings and a small streaming emitter. Strings come out as valid JSON
// whatever bytes they hold: quotes, backslashes and control characters are
// escaped, invalid UTF-8 becomes U+FFFD, and U+2028/U+2029 are escaped so the
// output is also safe to embed in JavaScript.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "utf8.hpp"

namespace whosaid::detail {

template <class Sink>
void write_json_string(Sink& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out.put('"');
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  std::size_t i = 0;
  auto flush = [&] {
    if (i > run) out.write(s.substr(run, i - run));
  };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      utf8_unit u = utf8_decode(s, i);
      if (u.valid && u.code != 0x2028 && u.code != 0x2029) {
        i += u.length;
        continue;
      }
      flush();
      out.write(u.valid ? (u.code == 0x2028 ? "\\u2028" : "\\u2029") : utf8_replacement);
      i += u.length;
      run = i;
      continue;
    }
    flush();
    switch (c) {
      case '"': out.write("\\\""); break;
      case '\\': out.write("\\\\"); break;
      case '\n': out.write("\\n"); break;
      case '\r': out.write("\\r"); break;
      case '\t': out.write("\\t"); break;
      case '\b': out.write("\\b"); break;
      case '\f': out.write("\\f"); break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.write(std::string_view(esc, 6));
      }
    }
    ++i;
    run = i;
  }
  flush();
  out.put('"');
}

// Writes JSON values one after another and puts the commas and colons in
// between. Compact by default, no trailing newline: one document per line is
// what JSON Lines and the scorer's stream reader expect. With an indent,
// each member and element goes on its own line, except in arrays opened as
// `inline` (short lists such as spans), which stay on one.
template <class Sink>
class json_emitter {
 public:
  explicit json_emitter(Sink& out, unsigned indent = 0) noexcept : out_(out), indent_(indent) {}

  void begin_object() { open('{', false); }
  void end_object() { close('}'); }
  void begin_array(bool inline_ = false) { open('[', inline_); }
  void end_array() { close(']'); }

  void key(std::string_view k) {
    separate();
    write_json_string(out_, k);
    out_.put(':');
    if (indent_ > 0) out_.put(' ');
    after_key_ = true;
  }

  void value(std::string_view s) {
    separate();
    write_json_string(out_, s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b) {
    separate();
    out_.write(b ? "true" : "false");
  }
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  void value(Int n) {
    separate();
    char buf[24];
    std::size_t len = 0;
    bool negative = false;
    std::uint64_t u;
    if constexpr (std::is_signed_v<Int>) {
      negative = n < 0;
      u = negative ? std::uint64_t(0) - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    } else {
      u = static_cast<std::uint64_t>(n);
    }
    do {
      buf[sizeof buf - 1 - len++] = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u != 0);
    if (negative) buf[sizeof buf - 1 - len++] = '-';
    out_.write(std::string_view(buf + sizeof buf - len, len));
  }
  void null() {
    separate();
    out_.write("null");
  }

  // "name": value in one call.
  template <class T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  struct level {
    bool first = true;
    bool inline_ = false;
  };

  bool pretty_here() const noexcept { return indent_ > 0 && depth_ > 0 && !levels_[top()].inline_; }
  std::size_t top() const noexcept { return (depth_ <= max_depth ? depth_ : max_depth) - 1; }

  void newline(std::size_t depth) {
    out_.put('\n');
    for (std::size_t i = 0; i < depth * indent_; ++i) out_.put(' ');
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    level& l = levels_[top()];
    if (!l.first) {
      out_.put(',');
      if (l.inline_ && indent_ > 0) out_.put(' ');
    }
    if (pretty_here()) newline(depth_);
    l.first = false;
  }
  void open(char c, bool inline_) {
    separate();
    out_.put(c);
    bool parent_inline = depth_ > 0 && levels_[top()].inline_;
    ++depth_;
    levels_[top()] = level{true, inline_ || parent_inline};
  }
  void close(char c) {
    if (depth_ > 0) {
      bool had_members = !levels_[top()].first;
      bool pretty = pretty_here();
      --depth_;
      if (pretty && had_members) newline(depth_);
    }
    out_.put(c);
  }

  // The writers nest a handful of levels; past this depth the layout state
  // of the deepest level is shared, and nothing in this library nests so deep.
  static constexpr std::size_t max_depth = 32;
  Sink& out_;
  unsigned indent_ = 0;
  level levels_[max_depth] = {};
  std::size_t depth_ = 0;
  bool after_key_ = false;
};

}  // namespace whosaid::detail
