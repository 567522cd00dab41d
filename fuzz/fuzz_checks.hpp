// Checks the fuzz targets share. A failed check aborts, which libFuzzer
// reports as a crash with the input that caused it.
#pragma once

#include <whosaid/graph.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace whosaid_fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

// What every graph the library makes from one text must hold: at most one
// article, spans inside the text, ids that refer to what the graph holds,
// names on every actor.
inline void check_graph(const whosaid::graph& g, std::string_view text) {
  if (g.article_count() > 1) fail("more than one article from one text");
  // The article keeps the text repaired where it is not UTF-8, which can
  // make it longer; spans refer to what it keeps.
  const std::size_t size = g.article_count() == 1 ? g.articles()[0].text.size() : text.size();
  auto inside = [&](whosaid::text_span s) { return s.begin <= s.end && s.end <= size; };
  const std::size_t actors = g.actor_count();
  for (const whosaid::claim& c : g.claims()) {
    if (!inside(c.content) || !inside(c.cue) || !inside(c.speaker_mention)) fail("claim span outside the text");
    if (c.speaker.index() >= actors) fail("claim speaker is not an actor");
    if (c.via.valid() && c.via.index() >= actors) fail("claim channel is not an actor");
    for (whosaid::actor_id a : c.about)
      if (a.index() >= actors) fail("claim target is not an actor");
  }
  for (const whosaid::relation& r : g.relations()) {
    if (!inside(r.evidence)) fail("relation evidence outside the text");
    if (r.subject.index() >= actors || r.object.index() >= actors) fail("relation end is not an actor");
  }
  for (const whosaid::actor& a : g.actors())
    if (a.name.empty()) fail("actor without a name");
}

}  // namespace whosaid_fuzz
