// Stage 1b of the extractor: the wire dateline that opens an article.
//
//   TALLINN, March 4 (Reuters) - Estonia and Finland will pay ...
//   WASHINGTON (AP) — The Senate voted ...
//   BRANFORD HARBOR, Maine, Oct. 2 - The city council ...
//   CAIRO — Egypt's president said ...
//   (Northfield Gazette) – The council voted ...   (a credit, no place)
//
// A dateline is a place, an optional date and an optional agency in
// parentheses, closed by a dash. It is not part of any claim's content, its
// place is not a speaker and its agency is the outlet, not a source, so the
// extractor drops its tokens from the first paragraph before finding
// mentions. The test is strict so that a sentence that opens with a name and
// a dash ("Tamm - who ...") keeps its words: the first word must be in
// capitals, or the run must hold a date or a parenthesis.
#pragma once

#include <cstdint>
#include <string_view>

#include "../../detail/text.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

// The number of tokens of a dateline at the start of `p`, or 0.
inline std::uint32_t dateline_length(std::string_view t, const paragraph_scan& p) noexcept {
  const auto& tk = p.tokens;
  const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
  auto text_of = [&](const token& x) { return t.substr(x.begin, x.end - x.begin); };
  // "(Northfield Gazette) - The council ...": a source credit alone, in
  // parentheses, is a dateline without its place.
  bool credit = n >= 4 && tk[0].kind == token_kind::punct && text_of(tk[0]) == "(";
  if (n < 3 || (!credit && (tk[0].kind != token_kind::word || !tk[0].is(tf_capitalized)))) return 0;
  auto all_caps = [](std::string_view w) {
    int letters = 0;
    for (char c : w) {
      if (is_ascii_lower(c)) return false;
      if (is_ascii_upper(c)) ++letters;
    }
    return letters >= 2;
  };
  constexpr std::uint32_t max_len = 16;  // "BRANFORD HARBOR, Maine, Oct. 2 (Reuters) -" is 11
  bool caps = all_caps(text_of(tk[0]));
  bool date = false, paren = false;
  int depth = 0;
  for (std::uint32_t k = 0; k < n && k < max_len; ++k) {
    const token& x = tk[k];
    if (x.is(tf_in_quote) || x.kind == token_kind::open_quote || x.kind == token_kind::close_quote) return 0;
    if (x.kind == token_kind::dash) {
      if (k == 0 || depth != 0 || k + 1 >= n) return 0;
      if (!(caps || date || paren)) return 0;
      return k + 1;
    }
    std::string_view w = text_of(x);
    if (x.kind == token_kind::punct) {
      char c = w.empty() ? '\0' : w[0];
      if (c == '(') {
        ++depth;
        paren = true;
      } else if (c == ')') {
        if (--depth < 0) return 0;
      } else if (c != ',' && c != '.' && c != '/') {
        return 0;
      }
      continue;
    }
    if (x.kind != token_kind::word) return 0;
    if (depth > 0) continue;  // "(Reuters)", "(AP)", "(Xinhua News Agency)"
    if (x.is(tf_digit)) {
      if (k > 0 && is_calendar_word(text_of(tk[k - 1 - (tk[k - 1].kind == token_kind::punct ? 1 : 0)]))) date = true;
      continue;
    }
    if (!x.is(tf_capitalized)) return 0;
  }
  return 0;
}

// The place of a dateline of `d` tokens at the start of `p`: its words up
// to the first comma, parenthesis or dash ("BRANFORD HARBOR" of
// "BRANFORD HARBOR, Maine, Oct. 2 -"), or an empty span for a credit alone
// or a place that runs into a date ("TALLINN March 4 -").
inline text_span dateline_place(std::string_view t, const paragraph_scan& p, std::uint32_t d) noexcept {
  const auto& tk = p.tokens;
  std::uint32_t k = 0;
  while (k < d && k < tk.size() && tk[k].kind == token_kind::word && !tk[k].is(tf_digit) &&
         !is_calendar_word(t.substr(tk[k].begin, tk[k].end - tk[k].begin)))
    ++k;
  if (k == 0 || k >= d || tk[k].kind == token_kind::word) return {};
  return {tk[0].begin, tk[k - 1].end};
}

// Drops the first `d` tokens of `p`, keeping its quotations and sentences
// consistent. Does nothing when a quotation starts inside them.
inline void drop_leading_tokens(paragraph_scan& p, std::uint32_t d) {
  if (d == 0 || d > p.tokens.size()) return;
  for (const quotation& q : p.quotes)
    if (q.open_token < d) return;
  p.tokens.erase(p.tokens.begin(), p.tokens.begin() + d);
  for (quotation& q : p.quotes) {
    q.first -= d;
    q.last -= d;
    q.open_token -= d;
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < p.sentences.size(); ++i) {
    sentence s = p.sentences[i];
    s.first = s.first > d ? s.first - d : 0;
    s.last = s.last > d ? s.last - d : 0;
    if (s.last > s.first) p.sentences[w++] = s;
  }
  p.sentences.resize(w);
}

}  // namespace whosaid::detail
