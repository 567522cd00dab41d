// Hostile input to the extractor: bytes no news article contains, shapes no
// writer would produce. Each must complete, give a graph whose spans all lie
// inside the text, and take time in proportion to its size (growth.hpp:
// extracting four times the input may not take more than eight times as
// long). The inputs are generated here, in memory.
//
// The linear-growth checks run before the one long (10 MB) input, so that a
// quadratic case fails in seconds instead of hanging the test run.
#if __has_include(<whosaid/extract.hpp>)

#include <whosaid/extract.hpp>
#include <whosaid/utf8.hpp>

#if __has_include(<whosaid/io/json_writer.hpp>) && __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#include <whosaid/io/json_writer.hpp>
#define WHOSAID_HOSTILE_CHECK_JSON 1
#endif

#include <doctest/doctest.h>

#include "growth.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

using namespace whosaid;

namespace {

using whosaid_test::growth_limit;

// A deterministic byte source, so a failure reproduces.
struct noise {
  std::uint64_t s = 0x853C49E6748FEA9Bull;
  unsigned char next() noexcept {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned char>(s >> 56);
  }
};

std::string repeat(std::string_view unit, std::size_t size) {
  std::string out;
  out.reserve(size + unit.size());
  while (out.size() < size) out.append(unit);
  out.resize(size);
  return out;
}

// Short wire-style paragraphs written for this test.
constexpr std::string_view paragraph =
    "Port officials said on Tuesday that the new crane would double capacity. "
    "\xE2\x80\x9CWe have waited ten years for this,\xE2\x80\x9D harbour master Ines Duarte told Coast Radio. "
    "According to the union, the night shift will be cut.";

// The article keeps the text, repaired where it is not valid UTF-8; every
// span of every claim and relation lies inside it, and every id the graph
// hands out refers to something it holds.
void check_graph(const graph& g, std::string_view text) {
  REQUIRE(g.article_count() <= 1);
  const std::string repaired = whosaid::to_valid_utf8(text);
  if (g.article_count() == 1) CHECK(g.articles()[0].text == repaired);
  auto inside = [&](text_span s) { return s.begin <= s.end && s.end <= repaired.size(); };
  for (const claim& c : g.claims()) {
    CHECK(inside(c.content));
    CHECK(inside(c.cue));
    CHECK(inside(c.speaker_mention));
    CHECK(c.speaker.index() < g.actor_count());
    CHECK((!c.via.valid() || c.via.index() < g.actor_count()));
    for (actor_id a : c.about) CHECK(a.index() < g.actor_count());
  }
  for (const relation& r : g.relations()) {
    CHECK(inside(r.evidence));
    CHECK(r.subject.index() < g.actor_count());
    CHECK(r.object.index() < g.actor_count());
  }
#ifdef WHOSAID_HOSTILE_CHECK_JSON
  if (g.article_count() == 1) {
    std::string json;
    write_article_json(json, g, article_id(0));
    CHECK(nlohmann::json::accept(json));
  }
#endif
}

// Seconds to extract `text` (the best of three runs); the first run's graph
// is checked.
double seconds_to_extract(const std::string& text) {
  bool checked = false;
  return whosaid_test::best_seconds([&] {
    graph g = extract(text);
    if (!checked) check_graph(g, text);
    checked = true;
  });
}

// Extracts make(n) and make(4n) and checks the time grew linearly.
void check_linear(const std::function<std::string(std::size_t)>& make, std::size_t n = 128 * 1024) {
  std::string small = make(n), large = make(4 * n);
  double t1 = seconds_to_extract(small);
  double t4 = seconds_to_extract(large);
  INFO("extracting " << small.size() << " bytes took " << t1 << " s; " << large.size() << " bytes took " << t4
                     << " s");
  CHECK(whosaid_test::grew_linearly(t1, t4));
}

std::string invalid_utf8(std::size_t size) {
  // Stray continuation bytes, overlong forms, surrogates, code points past
  // U+10FFFF, sequences cut short, and bytes that never occur in UTF-8, mixed
  // into a quote and its attribution.
  constexpr std::string_view unit =
      "\xE2\x80\x9C\x80We\xC0\xAF will \xED\xA0\x80 not\xF4\x90\x80\x80 go,\xE2\x80 Duarte\xC3 said\xFE\xFF. "
      "\xE2\x80\x9D\xF0\x9F\x98 Officials \xC1\xBF said \x9C\x9D ";
  return repeat(unit, size);
}

std::string nul_bytes(std::size_t size) {
  constexpr char unit[] = "\"We\0 will\0 stay,\" Ines\0Duarte said\0. \0\0\"\0\" ";
  return repeat(std::string_view(unit, sizeof unit - 1), size);
}

std::string line_breaks(std::size_t size) {
  std::string unit = std::string(paragraph) + "\r\n\r\n" + std::string(paragraph) + "\r\r" + std::string(paragraph) +
                     "\r" + std::string(paragraph) + "\n\r\n\r";
  return repeat(unit, size);
}

// One paragraph with no line break at all.
std::string one_line(std::size_t size) { return repeat(std::string(paragraph) + " ", size); }

std::string unbalanced_straight_quotes(std::size_t size) { return repeat("\" Duarte said \"the crane ", size); }

std::string opening_quotes_only(std::size_t size) {
  return repeat("\xE2\x80\x9CThe crane, Duarte said, \xC2\xAB will ", size);
}

std::string nested_quotes(std::size_t size) {
  // Half opening marks of alternating kinds, half closing marks.
  std::string open, close;
  while (open.size() < size / 2) open += "\xE2\x80\x9C\xE2\x80\x98\xC2\xAB Duarte said ";
  while (close.size() < size / 2) close += " \xC2\xBB\xE2\x80\x99\xE2\x80\x9D";
  return open + close;
}

std::string binary(std::size_t size) {
  noise n;
  std::string out(size, '\0');
  for (char& c : out) c = static_cast<char>(n.next());
  return out;
}

// Shapes that once took quadratic time in a long paragraph.
std::string many_short_quotes(std::size_t size) { return repeat("\"Yes,\" he said. ", size); }
std::string many_according_to(std::size_t size) { return repeat("according to Duarte, ", size); }
std::string many_appositions(std::size_t size) { return repeat("Duarte, a harbour master, ", size); }
// Titles and affiliations around names, each a relation whose label skips
// its object ("Coast Radio spokesman" -> "spokesman").
std::string many_relations(std::size_t size) {
  return repeat("Coast Radio spokesman Tomas Brandt said so, and Portuguese Finance Minister Ana Lobo agreed. ", size);
}

// A made-up given name for each number: "Kalo", "Lomi", ... never repeating.
std::string made_up_name(std::size_t i) {
  static constexpr std::string_view syllables[] = {"ka", "lo", "mi", "ra", "te", "vu", "no", "sa", "di", "be"};
  std::string out;
  do {
    out += syllables[i % 10];
    i /= 10;
  } while (i > 0);
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// Thousands of different people who share a surname and a given name, each
// named in full and then by surname: every lookup of "Duarte" has thousands
// of candidates.
std::string many_names(std::size_t size) {
  std::string out;
  for (std::size_t i = 0; out.size() < size; ++i)
    out += "Ines " + made_up_name(i) + " Duarte said the berth was full.\n\nDuarte said so again.\n\n";
  out.resize(size);
  return out;
}

// One person described a new way in every paragraph: each description is
// another surface form of the same actor.
std::string many_descriptions(std::size_t size) {
  std::string out = "Ines Duarte said the berth was full. ";
  for (std::size_t i = 0; out.size() < size; ++i)
    out += "The " + std::to_string(18 + i) + "-year-old said so again, and Duarte agreed.\n\n";
  out.resize(size);
  return out;
}

// Unnamed sources quoted, each paragraph followed by a line saying they
// spoke to an outlet, and named speakers who spoke to one: each such line
// looks back only over the claims since the last.
std::string many_interviews(std::size_t size) {
  std::string out;
  for (std::size_t i = 0; out.size() < size; ++i) {
    out += "\"The berth " + std::to_string(i) + " is full,\" a harbour official said.\n\n";
    out += "Both officials spoke to Reuters on condition of anonymity.\n\n";
    out += "Ines Duarte said the berth was full. Duarte spoke to the BBC.\n\n";
  }
  out.resize(size);
  return out;
}

}  // namespace

TEST_SUITE("hostile input") {
  TEST_CASE("empty and near-empty input gives an empty graph") {
    for (std::string_view s : {std::string_view(""), std::string_view("\0", 1), std::string_view("\""),
                               std::string_view("\xE2\x80"), std::string_view("\r"), std::string_view("\xC2\xAB")}) {
      graph g = extract(s);
      check_graph(g, s);
      CHECK(g.claim_count() == 0);
    }
  }

  TEST_CASE("invalid UTF-8 completes, in linear time") {
    check_graph(extract(invalid_utf8(10000)), invalid_utf8(10000));
    check_linear(invalid_utf8);
  }

  TEST_CASE("NUL bytes complete, in linear time") {
    std::string s = nul_bytes(10000);
    check_graph(extract(s), s);
    check_linear(nul_bytes);
  }

  TEST_CASE("CRLF and lone CR line breaks complete, in linear time, and still separate paragraphs") {
    std::string s = line_breaks(10000);
    graph g = extract(s);
    check_graph(g, s);
    check_linear(line_breaks);
  }

  TEST_CASE("ten thousand unbalanced quotation marks complete in linear time") {
    std::string s = unbalanced_straight_quotes(10000 * 24);
    check_graph(extract(s), s);
    check_linear(unbalanced_straight_quotes);
    check_linear(opening_quotes_only);
    check_linear([](std::size_t n) { return std::string(n, '"'); });
  }

  TEST_CASE("ten thousand nested quotation marks complete in linear time") {
    std::string s = nested_quotes(10000 * 24);
    check_graph(extract(s), s);
    check_linear(nested_quotes);
  }

  TEST_CASE("binary noise completes in linear time") {
    check_linear(binary);
  }

  TEST_CASE("a long paragraph of attributions stays linear") {
    check_linear(one_line);
    check_linear(many_short_quotes);
    check_linear(many_according_to);
    check_linear(many_appositions);
    check_linear(many_relations, 256 * 1024);
    check_linear(many_interviews, 256 * 1024);
  }

  TEST_CASE("thousands of people who share a surname stay linear") {
    check_linear(many_names, 512 * 1024);
  }

  TEST_CASE("one person described a thousand ways stays linear, and keeps every claim") {
    check_linear(many_descriptions, 256 * 1024);
    const std::string text = many_descriptions(64 * 1024);
    graph g = extract(text);
    REQUIRE(g.actor_count() == 1);
    CHECK(g.claim_count() > 1000);
    CHECK(g.claims_by(actor_id(0)).size() == g.claim_count());
  }

  TEST_CASE("one 10 MB line completes, with its spans inside the text") {
    // Only once the shorter one-line inputs have shown linear growth: a
    // quadratic extractor would take hours here.
    std::string probe_small = one_line(256 * 1024), probe_large = one_line(1024 * 1024);
    double t1 = seconds_to_extract(probe_small), t4 = seconds_to_extract(probe_large);
    INFO("256 KB line: " << t1 << " s; 1 MB line: " << t4 << " s");
    REQUIRE(whosaid_test::grew_linearly(t1, t4));
    std::string s = one_line(10 * 1024 * 1024);
    auto t0 = std::chrono::steady_clock::now();
    graph g = extract(s);
    double t10 = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO("10 MB line: " << t10 << " s");
    check_graph(g, s);
    CHECK(g.claim_count() > 0);
    CHECK(t10 <= 10 * growth_limit * t4 + 0.2);
  }
}

#endif  // __has_include(<whosaid/extract.hpp>)
