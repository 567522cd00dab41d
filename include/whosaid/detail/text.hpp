// Small ASCII text helpers shared by the model and the extractor. ASCII-only
// case folding is deliberate: names in news English fold correctly, it never
// allocates, and it cannot be confused by invalid UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::detail {

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr bool iequals_bytes(const char* a, const char* b, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// The extractor compares tokens with word literals in long chains, and most
// differ in length: the length test stays inline at every call so those
// cost one comparison, and only equal lengths go on to the bytes.
#if defined(__GNUC__) || defined(__clang__)
#define WHOSAID_ALWAYS_INLINE __attribute__((always_inline))
#else
#define WHOSAID_ALWAYS_INLINE
#endif

WHOSAID_ALWAYS_INLINE constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && iequals_bytes(a.data(), b.data(), a.size());
}

// `s` ends with `tail`, case aside: "Oslo-based", "27-year-old".
constexpr bool iends_with(std::string_view s, std::string_view tail) noexcept {
  return s.size() >= tail.size() && iequals(s.substr(s.size() - tail.size()), tail);
}

inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// A word in capitals as a name is written ("BRANFORD HARBOR" -> "Branford
// Harbor"); text with a lower-case ASCII letter is kept as it is.
inline std::string name_case(std::string_view s) {
  std::string out(s);
  for (char c : out)
    if (is_ascii_lower(c)) return out;
  bool first = true;
  for (char& c : out) {
    if (!first) c = ascii_lower(c);
    first = !is_ascii_alpha(c) && c != '\'' && static_cast<unsigned char>(c) < 0x80;
  }
  return out;
}

// FNV-1a, the one hash of the library's tables: one step per byte.
inline constexpr std::uint64_t fnv1a_basis = 1469598103934665603ull;
constexpr std::uint64_t fnv1a_step(std::uint64_t h, unsigned char byte) noexcept {
  return (h ^ byte) * 1099511628211ull;
}
constexpr std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = fnv1a_basis;
  for (char c : s) h = fnv1a_step(h, static_cast<unsigned char>(c));
  return h;
}

// FNV-1a over the ASCII-lowercased bytes: a case-insensitive hash that needs
// no lowercased copy of the key.
constexpr std::size_t ihash(std::string_view s) noexcept {
  std::uint64_t h = fnv1a_basis;
  for (char c : s) h = fnv1a_step(h, static_cast<unsigned char>(ascii_lower(c)));
  return static_cast<std::size_t>(h);
}

struct ihash_fn {
  std::size_t operator()(std::string_view s) const noexcept { return ihash(s); }
};
struct iequal_fn {
  bool operator()(std::string_view a, std::string_view b) const noexcept { return iequals(a, b); }
};

}  // namespace whosaid::detail
