// libFuzzer target: arbitrary bytes through whosaid::extract, then checks on
// what comes out. A failed check aborts, which libFuzzer reports as a crash
// with the input that caused it.
//
// Checks, beyond "does not crash, leak or trip a sanitizer":
//  - every span of every claim and relation lies inside the article text,
//    and every id refers to an actor the graph holds;
//  - extraction is deterministic: the same bytes give the same graph;
//  - the article JSON document (the scorer's) and the graph document are
//    well-formed JSON (nlohmann::json::accept);
//  - the graph document round-trips: read back and written again, it is the
//    same text.
//
// Built two ways (fuzz/CMakeLists.txt): as a libFuzzer binary with
// WHOSAID_BUILD_FUZZERS=ON, and in every test build as a plain replay over
// the saved corpus in fuzz/corpus/extract/ (replay_main.cpp).
#include <whosaid/extract.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#if __has_include(<whosaid/io/json_writer.hpp>)
#include <whosaid/io/json_writer.hpp>
#define WHOSAID_FUZZ_JSON 1
#endif
#if defined(WHOSAID_FUZZ_JSON) && __has_include(<whosaid/io/json_reader.hpp>) && __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#include <whosaid/io/json_reader.hpp>
#define WHOSAID_FUZZ_JSON_READ 1
#endif

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "extract_fuzzer: %s\n", what);
  std::abort();
}

void check_graph(const whosaid::graph& g, std::string_view text) {
  if (g.article_count() > 1) fail("more than one article from one text");
  auto inside = [&](whosaid::text_span s) { return s.begin <= s.end && s.end <= text.size(); };
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

bool same_claims(const whosaid::graph& a, const whosaid::graph& b) {
  if (a.claim_count() != b.claim_count() || a.actor_count() != b.actor_count() ||
      a.relation_count() != b.relation_count())
    return false;
  for (std::size_t i = 0; i < a.claim_count(); ++i) {
    const whosaid::claim& x = a.claims()[i];
    const whosaid::claim& y = b.claims()[i];
    if (x.content != y.content || x.cue != y.cue || x.speaker != y.speaker || x.kind != y.kind || x.about != y.about)
      return false;
  }
  for (std::size_t i = 0; i < a.actor_count(); ++i)
    if (a.actors()[i].name != b.actors()[i].name) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  whosaid::graph g = whosaid::extract(text);
  check_graph(g, text);
  if (!same_claims(g, whosaid::extract(text))) fail("two extractions of the same text differ");

#ifdef WHOSAID_FUZZ_JSON
  if (g.article_count() == 1) {
    std::string doc;
    whosaid::write_article_json(doc, g, whosaid::article_id(0));
    std::string full;
    whosaid::write_graph_json(full, g);
#ifdef WHOSAID_FUZZ_JSON_READ
    if (!nlohmann::json::accept(doc)) fail("the article JSON document is not valid JSON");
    if (!nlohmann::json::accept(full)) fail("the graph JSON document is not valid JSON");
    whosaid::graph back;
    try {
      back = whosaid::read_graph_json(full);
    } catch (const whosaid::error& e) {
      std::fprintf(stderr, "extract_fuzzer: %s\n", e.what());
      fail("the graph JSON document does not read back");
    }
    std::string again;
    whosaid::write_graph_json(again, back);
    if (again != full) fail("the graph JSON document changes when read back and written again");
#endif
  }
#endif
  return 0;
}
