#include "explain.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <whosaid/io/detail/utf8.hpp>

namespace whosaid::cli {
namespace {

// The sentence around [b, e): back to the end of the previous sentence (a
// full stop, question or exclamation mark followed by a space, or a line
// break), forward to the end of this one. Bounded, so that a paragraph
// without punctuation prints a window, not the whole text.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view t, std::size_t b, std::size_t e) {
  constexpr std::size_t reach = 400;
  std::size_t lo = b;
  while (lo > 0 && b - lo < reach) {
    const char c = t[lo - 1];
    if (c == '\n') break;
    if (lo >= 2 && (t[lo - 2] == '.' || t[lo - 2] == '?' || t[lo - 2] == '!') && c == ' ') break;
    --lo;
  }
  std::size_t hi = e;
  while (hi < t.size() && hi - e < reach) {
    const char c = t[hi];
    if (c == '\n') break;
    ++hi;
    if ((c == '.' || c == '?' || c == '!') && (hi >= t.size() || t[hi] == ' ' || t[hi] == '\n')) {
      // A closing quotation mark right after the stop belongs to the sentence.
      while (hi < t.size() && hi - e < reach && (t[hi] == '"' || t[hi] == '\'')) ++hi;
      if (t.compare(hi, 3, "\xE2\x80\x9D") == 0 || t.compare(hi, 3, "\xE2\x80\x99") == 0) hi += 3;
      break;
    }
  }
  // Never cut a UTF-8 sequence.
  while (lo > 0 && lo < t.size() && (static_cast<unsigned char>(t[lo]) & 0xC0) == 0x80) --lo;
  while (hi < t.size() && (static_cast<unsigned char>(t[hi]) & 0xC0) == 0x80) ++hi;
  return {lo, hi};
}

struct marker {
  std::size_t at;
  int order;  // at one position: closings before openings
  const char* text;
};

void write_valid(std::ostream& os, std::string_view s) {
  std::string out = whosaid::detail::to_valid_utf8(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  os << out;
}

}  // namespace

void print_explanation(std::ostream& os, const whosaid::graph& g, whosaid::article_id art) {
  const auto& a = g[art];
  const std::string_view t(a.text);
  os << "article " << (a.key.empty() ? std::string("(no id)") : a.key) << '\n';
  const auto claims = g.claims_in(art);
  if (claims.begin() == claims.end()) {
    os << "  (no claims)\n";
    return;
  }
  std::size_t n = 0;
  for (whosaid::claim_id id : claims) {
    const auto& c = g[id];
    ++n;
    std::size_t b = c.content.begin, e = c.content.end;
    for (text_span s : {c.cue, c.speaker_mention})
      if (!s.empty()) b = std::min<std::size_t>(b, s.begin), e = std::max<std::size_t>(e, s.end);
    b = std::min(b, t.size());
    e = std::min(std::max(e, b), t.size());
    const auto [lo, hi] = sentence_around(t, b, e);
    // The sentence with [content], {cue} and <speaker> marked.
    std::vector<marker> ms;
    auto mark = [&](text_span s, const char* open, const char* close) {
      if (s.empty() || s.begin < lo || s.end > hi) return;
      ms.push_back({s.begin, 1, open});
      ms.push_back({s.end, 0, close});
    };
    mark(c.content, "[", "]");
    mark(c.cue, "{", "}");
    mark(c.speaker_mention, "<", ">");
    std::stable_sort(ms.begin(), ms.end(),
                     [](const marker& x, const marker& y) { return x.at != y.at ? x.at < y.at : x.order < y.order; });
    os << "\nclaim " << n << "  rule " << to_string(c.rule) << '\n' << "  sentence  ";
    std::size_t at = lo;
    for (const marker& m : ms) {
      write_valid(os, t.substr(at, m.at - at));
      os << m.text;
      at = m.at;
    }
    write_valid(os, t.substr(at, hi - at));
    os << "\n  speaker   ";
    write_valid(os, g[c.speaker].name);
    os << " (" << to_string(g[c.speaker].kind) << ")";
    if (!c.speaker_mention.empty()) {
      os << ", from the mention \"";
      write_valid(os, g.speaker_mention(c));
      os << '"';
    } else {
      os << ", carried over from an earlier claim";
    }
    os << "\n  cue       ";
    if (c.cue.empty())
      os << "(none)";
    else
      write_valid(os, g.cue(c));
    os << "\n  kind      " << to_string(c.kind);
    if (c.via.valid()) {
      os << "\n  via       ";
      write_valid(os, g[c.via].name);
    }
    if (!c.about.empty()) {
      os << "\n  about     ";
      bool first = true;
      for (whosaid::actor_id x : c.about) {
        if (!first) os << ", ";
        first = false;
        write_valid(os, g[x].name);
      }
    }
    os << '\n';
  }
}

}  // namespace whosaid::cli
