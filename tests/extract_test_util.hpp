// Helpers for the extractor tests: run the extractor on a short text and
// read its claims back as plain strings.
#pragma once

#include <whosaid/extract.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace extract_test {

struct said {
  std::string speaker;
  std::string content;
  std::string kind;
  std::string cue;
  std::string via;
  std::string mention;
};

inline std::vector<said> claims_of(const whosaid::graph& g) {
  std::vector<said> out;
  for (const auto& c : g.claims()) {
    said s;
    s.speaker = g[c.speaker].name;
    s.content = std::string(g.content(c));
    s.kind = std::string(whosaid::to_string(c.kind));
    s.cue = std::string(g.cue(c));
    s.via = c.via.valid() ? g[c.via].name : std::string();
    s.mention = std::string(g.speaker_mention(c));
    out.push_back(s);
  }
  return out;
}

inline std::vector<said> run(std::string_view text) { return claims_of(whosaid::extract(text)); }

// The claim whose content starts with `prefix`, or an empty one.
inline said find(const std::vector<said>& cs, std::string_view prefix) {
  for (const auto& c : cs)
    if (std::string_view(c.content).substr(0, prefix.size()) == prefix) return c;
  return {};
}

}  // namespace extract_test
