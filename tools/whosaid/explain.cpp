#include "explain.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <whosaid/extract.hpp>
#include <whosaid/utf8.hpp>

namespace whosaid::cli {
namespace {

// The sentences that [b, e) touches, from `sentences` (sorted, disjoint);
// [b, e) itself when it touches none.
std::pair<std::size_t, std::size_t> sentence_around(const std::vector<text_span>& sentences, std::size_t b,
                                                    std::size_t e) {
  auto first = std::upper_bound(sentences.begin(), sentences.end(), b,
                                [](std::size_t x, const text_span& s) { return x < s.end; });
  if (first == sentences.end() || first->begin >= e) return {b, e};
  std::size_t lo = std::min<std::size_t>(first->begin, b), hi = std::max<std::size_t>(first->end, e);
  for (auto it = first; it != sentences.end() && it->begin < e; ++it) hi = std::max<std::size_t>(hi, it->end);
  return {lo, hi};
}

struct marker {
  std::size_t at;
  int order;  // at one position: closings before openings
  const char* text;
};

void write_valid(std::ostream& os, std::string_view s) {
  std::string out = whosaid::to_valid_utf8(s);
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
  const std::vector<text_span> sentences = whosaid::sentence_spans(t);
  std::size_t n = 0;
  for (whosaid::claim_id id : claims) {
    const auto& c = g[id];
    ++n;
    std::size_t b = c.content.begin, e = c.content.end;
    for (text_span s : {c.cue, c.speaker_mention})
      if (!s.empty()) b = std::min<std::size_t>(b, s.begin), e = std::max<std::size_t>(e, s.end);
    b = std::min(b, t.size());
    e = std::min(std::max(e, b), t.size());
    const auto [lo, hi] = sentence_around(sentences, b, e);
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
