#include <whosaid/summary.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string>

using namespace whosaid;

namespace {
// A short story written for these tests: one direct quote told to a radio
// station, one paraphrase, and a role.
struct ferry_story {
  graph g;
  article_id art;
  actor_id minister, union_, ferries, radio, ministry;

  explicit ferry_story(std::string key = {}) {
    article a;
    a.key = std::move(key);
    a.text =
        "Transport Minister Ilse Berg said the ferry strike would end by Friday. "
        "\xE2\x80\x9CThe union has been\n  heard,\xE2\x80\x9D Berg told Coast FM.";
    art = g.add_article(a);
    minister = g.add_actor("Ilse Berg", actor_kind::person, {"Berg"});
    union_ = g.add_actor("ferry workers' union", actor_kind::organization, {"union"});
    ferries = g.add_actor("ferry services", actor_kind::organization);
    radio = g.add_actor("Coast FM", actor_kind::media);
    ministry = g.add_actor("transport ministry", actor_kind::organization);
    const std::string& t = g[art].text;
    claim c;
    c.article = art;
    c.speaker = minister;
    c.kind = claim_kind::indirect;
    c.content = *span_of(t, "the ferry strike would end by Friday");
    c.cue = *span_of(t, "said");
    c.about = {union_, ferries};
    g.add_claim(c);
    c.kind = claim_kind::direct;
    c.content = *span_of(t, "The union has been\n  heard,");
    c.cue = *span_of(t, "told");
    c.via = radio;
    c.about = {union_};
    g.add_claim(c);
    relation r;
    r.article = art;
    r.subject = minister;
    r.predicate = predicate::role;
    r.object = ministry;
    r.label = "Transport Minister";
    r.evidence = *span_of(t, "Transport Minister Ilse Berg");
    g.add_relation(r);
  }
};
}  // namespace

TEST_SUITE("summary") {
  TEST_CASE("groups claims under their speaker with role, cue, channel, kind and about") {
    ferry_story s;
    std::string out = summary(s.g);
    CHECK(out ==
          "Who said what about whom: 1 article, 5 actors, 2 claims\n"
          "\n"
          "Ilse Berg (person): Transport Minister, transport ministry\n"
          "  - said (indirect): the ferry strike would end by Friday\n"
          "      about: ferry workers' union, ferry services\n"
          "  - told Coast FM (direct): \xE2\x80\x9CThe union has been heard\xE2\x80\x9D\n"
          "      about: ferry workers' union\n"
          "\n"
          "About whom\n"
          "  ferry workers' union: 2 claims, by Ilse Berg (2)\n"
          "  ferry services: 1 claim, by Ilse Berg (1)\n");
  }

  TEST_CASE("writes through any output iterator and appends to a string") {
    ferry_story s;
    std::string via_iterator;
    write_summary(std::back_inserter(via_iterator), s.g);
    std::string appended = "> ";
    write_summary(appended, s.g);
    CHECK(appended == "> " + via_iterator);
  }

  TEST_CASE("options leave out roles and the about block and cut long content") {
    ferry_story s;
    summary_options opt;
    opt.roles = false;
    opt.about_section = false;
    opt.max_content = 12;
    std::string out = summary(s.g, opt);
    CHECK(out.find("Ilse Berg (person)\n") != std::string::npos);
    CHECK(out.find("Transport Minister") == std::string::npos);
    CHECK(out.find("About whom") == std::string::npos);
    CHECK(out.find("the ferry st...") != std::string::npos);
  }

  TEST_CASE("a cut never splits a UTF-8 character") {
    ferry_story s;
    summary_options opt;
    opt.max_content = 2;  // the quotation marks are not part of the content
    std::string out = summary(s.g, opt);
    CHECK(out.find("(direct): \xE2\x80\x9CTh...\xE2\x80\x9D") != std::string::npos);

    graph g;
    auto art = g.add_article(std::string("\xC3\xA9t\xC3\xA9 said Ana."));
    auto ana = g.add_actor("Ana", actor_kind::person);
    claim c;
    c.article = art;
    c.speaker = ana;
    c.kind = claim_kind::indirect;
    c.content = {0, 5};
    g.add_claim(c);
    opt.max_content = 4;  // would end inside the second "\xC3\xA9"
    CHECK(summary(g, opt).find("(indirect): \xC3\xA9t...\n") != std::string::npos);
  }

  TEST_CASE("a cue at the start of a sentence is lowercased and a missing cue is named") {
    graph g;
    auto art = g.add_article(std::string("According to the agency, prices rose."));
    auto agency = g.add_actor("the agency", actor_kind::organization);
    claim c;
    c.article = art;
    c.speaker = agency;
    c.kind = claim_kind::indirect;
    c.content = *span_of(g[art].text, "prices rose");
    c.cue = *span_of(g[art].text, "According to");
    g.add_claim(c);
    c.cue = {};
    g.add_claim(c);
    std::string out = summary(g);
    CHECK(out.find("  - according to (indirect): prices rose\n") != std::string::npos);
    CHECK(out.find("  - (no cue) (indirect): prices rose\n") != std::string::npos);
  }

  TEST_CASE("a channel other than told is shown in brackets") {
    graph g;
    auto art = g.add_article(std::string("Prices rose, Ana said in an interview with the Post."));
    auto ana = g.add_actor("Ana", actor_kind::person);
    auto post = g.add_actor("the Post", actor_kind::media);
    claim c;
    c.article = art;
    c.speaker = ana;
    c.kind = claim_kind::indirect;
    c.content = *span_of(g[art].text, "Prices rose");
    c.cue = *span_of(g[art].text, "said");
    c.via = post;
    g.add_claim(c);
    CHECK(summary(g).find("  - said (via the Post) (indirect): Prices rose\n") != std::string::npos);
  }

  TEST_CASE("claims from several articles name their article") {
    ferry_story a("ferry-1");
    ferry_story b;
    a.g.merge(b.g);
    std::string out = summary(a.g);
    CHECK(out.find("said (indirect, ferry-1):") != std::string::npos);
    CHECK(out.find("said (indirect, d1):") != std::string::npos);
    // The merged graph states the same role twice; the summary once.
    CHECK(out.find("Ilse Berg (person): Transport Minister, transport ministry\n") != std::string::npos);
    CHECK(out.find("ferry workers' union: 4 claims, by Ilse Berg (4)") != std::string::npos);
  }

  TEST_CASE("many distinct roles of one speaker are each printed once, in linear time") {
    graph g;
    std::string text = "Ana said so.";
    auto art = g.add_article(text);
    auto ana = g.add_actor("Ana", actor_kind::person);
    auto club = g.add_actor("the club", actor_kind::organization);
    claim c;
    c.article = art;
    c.speaker = ana;
    c.content = {9, 11};
    g.add_claim(c);
    relation r;
    r.article = art;
    r.subject = ana;
    r.object = club;
    for (int i = 0; i < 20000; ++i) {
      r.label = "role " + std::to_string(i % 10000);  // each label twice
      g.add_relation(r);
    }
    std::string out = summary(g);
    CHECK(out.find("role 9999, the club") != std::string::npos);
    std::size_t n = 0;
    for (std::size_t p = out.find("role 42, "); p != std::string::npos; p = out.find("role 42, ", p + 1)) ++n;
    CHECK(n == 1);
  }

  TEST_CASE("content that is not valid UTF-8 is copied through unharmed") {
    graph g;
    auto art = g.add_article(std::string("Ana said \xFF\xFE ok."));
    auto ana = g.add_actor("Ana", actor_kind::person);
    claim c;
    c.article = art;
    c.speaker = ana;
    c.kind = claim_kind::indirect;
    c.content = {9, 14};
    g.add_claim(c);
    CHECK(summary(g).find("(indirect): \xFF\xFE ok\n") != std::string::npos);
  }

  TEST_CASE("an empty graph prints only the header") {
    graph g;
    CHECK(summary(g) == "Who said what about whom: 0 articles, 0 actors, 0 claims\n");
  }
}
