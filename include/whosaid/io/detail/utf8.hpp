// UTF-8 decoding for the writers. Every export format must stay valid however
// broken the input text is, so each writer walks its strings code point by
// code point and replaces what is not UTF-8 with U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::detail {

inline constexpr std::string_view utf8_replacement = "\xEF\xBF\xBD";  // U+FFFD

struct utf8_unit {
  char32_t code = 0;        // the code point; U+FFFD when !valid
  std::uint8_t length = 1;  // bytes consumed, >= 1
  bool valid = true;
};

// Decodes the code point at s[i] (i < s.size()). An invalid sequence
// consumes its maximal valid prefix (at least one byte), the practice the
// Unicode standard recommends, so a truncated character becomes one U+FFFD.
constexpr utf8_unit utf8_decode(std::string_view s, std::size_t i) noexcept {
  auto byte = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
  unsigned b0 = byte(i);
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t need = 0;
  unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  char32_t code = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    code = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    code = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    code = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {0xFFFD, 1, false};
  }
  std::size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= s.size()) return {0xFFFD, static_cast<std::uint8_t>(k), false};
    unsigned b = byte(i + k);
    unsigned min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return {0xFFFD, static_cast<std::uint8_t>(k), false};
    code = (code << 6) | (b & 0x3F);
  }
  return {code, static_cast<std::uint8_t>(need + 1), true};
}

constexpr bool is_valid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8_unit u = utf8_decode(s, i);
    if (!u.valid) return false;
    i += u.length;
  }
  return true;
}

// `s` with every invalid sequence replaced by U+FFFD.
inline std::string to_valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    utf8_unit u = utf8_decode(s, i);
    if (u.valid)
      out.append(s.substr(i, u.length));
    else
      out.append(utf8_replacement);
    i += u.length;
  }
  return out;
}

inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A short, one-line excerpt for labels: runs of white space (newlines
// included) become one space, invalid bytes become U+FFFD, and the text is
// cut after `max_chars` code points, never inside one, with an ellipsis.
inline std::string excerpt(std::string_view s, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  bool space = false;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
  for (; i < s.size();) {
    utf8_unit u = utf8_decode(s, i);
    bool ws = u.code == ' ' || u.code == '\n' || u.code == '\r' || u.code == '\t' || u.code == '\f' || u.code == '\v';
    if (ws) {
      space = true;
    } else {
      if (chars + (space && !out.empty() ? 2 : 1) > max_chars) {
        out.append("\xE2\x80\xA6");  // U+2026
        return out;
      }
      if (space && !out.empty()) {
        out += ' ';
        ++chars;
      }
      space = false;
      if (u.valid)
        out.append(s.substr(i, u.length));
      else
        out.append(utf8_replacement);
      ++chars;
    }
    i += u.length;
  }
  return out;
}

// Where each byte offset of a text lands once its invalid sequences are
// replaced by U+FFFD (three bytes each), so that spans written next to the
// replaced text still cover the same characters. An offset inside an invalid
// sequence moves to the end of its replacement.
class utf8_offset_map {
 public:
  utf8_offset_map() = default;
  explicit utf8_offset_map(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      if (static_cast<unsigned char>(s[i]) < 0x80) {
        ++i;
        continue;
      }
      utf8_unit u = utf8_decode(s, i);
      if (!u.valid) {
        std::uint64_t before = bad_.empty() ? 0 : bad_.back().shift_before + 3 - bad_.back().length;
        bad_.push_back({static_cast<std::uint32_t>(i), u.length, before});
      }
      i += u.length;
    }
  }

  bool identity() const noexcept { return bad_.empty(); }

  std::uint64_t operator()(std::uint32_t offset) const noexcept {
    // The last invalid sequence that starts before `offset`; binary search,
    // because a binary file posing as text has one every few bytes.
    std::size_t lo = 0, hi = bad_.size();
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      if (bad_[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo == 0) return offset;
    const unit& b = bad_[lo - 1];
    std::uint64_t before = b.shift_before;  // growth from the sequences before b
    if (offset < b.start + b.length) return b.start + before + 3;
    return offset + before + 3 - b.length;
  }

 private:
  struct unit {
    std::uint32_t start;
    std::uint8_t length;
    std::uint64_t shift_before;
  };
  std::vector<unit> bad_;
};

// Code points in s, counting each invalid sequence as one: the width of a
// cell in a terminal table, near enough for the scripts news English uses.
constexpr std::size_t utf8_length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) i += utf8_decode(s, i).length;
  return n;
}

}  // namespace whosaid::detail
