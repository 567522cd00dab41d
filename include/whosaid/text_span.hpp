// A span of an article's text as UTF-8 byte offsets [begin, end). Claims and
// relations keep spans rather than copied strings: the text is owned once, by
// the article, and every piece of evidence stays traceable to its place.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace whosaid {

struct text_span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const noexcept { return end > begin ? end - begin : 0; }
  constexpr bool empty() const noexcept { return end <= begin; }
  constexpr bool overlaps(text_span o) const noexcept { return begin < o.end && o.begin < end; }
  constexpr bool contains(text_span o) const noexcept { return begin <= o.begin && o.end <= end; }

  // The text this span covers, clamped to the text so a stale or hostile
  // span never reads out of bounds.
  constexpr std::string_view of(std::string_view text) const noexcept {
    if (begin >= text.size() || end <= begin) return {};
    return text.substr(begin, (end < text.size() ? end : text.size()) - begin);
  }

  friend constexpr bool operator==(text_span a, text_span b) noexcept { return a.begin == b.begin && a.end == b.end; }
  friend constexpr bool operator!=(text_span a, text_span b) noexcept { return !(a == b); }
};

// The span of the first occurrence of `needle` in `text` at or after `from`,
// for building graphs by hand: span_of(article.text, "respect the one China policy").
inline std::optional<text_span> span_of(std::string_view text, std::string_view needle,
                                        std::size_t from = 0) noexcept {
  if (needle.empty()) return std::nullopt;
  auto pos = text.find(needle, from);
  if (pos == std::string_view::npos) return std::nullopt;
  return text_span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + needle.size())};
}

}  // namespace whosaid
