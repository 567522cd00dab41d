#include <whosaid/graph.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "growth.hpp"

using namespace whosaid;

namespace {
// A short article written for these tests, and the graph of its facts.
struct harbour_story {
  graph g;
  article_id art;
  actor_id mayor, port, city, agency;
  claim_id first, second;

  harbour_story() {
    article a;
    a.key = "test-harbour";
    a.headline = "Mayor defends harbour plan";
    a.text =
        "Mayor Ana Lopes said the harbour plan would create jobs. "
        "\"The port authority has misled the council,\" Lopes told Harbour Radio.";
    art = g.add_article(a);
    mayor = g.add_actor("Ana Lopes", actor_kind::person, {"Lopes", "Mayor Ana Lopes"});
    port = g.add_actor("port authority", actor_kind::organization);
    city = g.add_actor("city council", actor_kind::organization, {"council"});
    agency = g.add_actor("Harbour Radio", actor_kind::media);
    const std::string& t = g[art].text;
    claim c;
    c.article = art;
    c.speaker = mayor;
    c.kind = claim_kind::indirect;
    c.content = *span_of(t, "the harbour plan would create jobs");
    c.cue = *span_of(t, "said");
    c.speaker_mention = *span_of(t, "Mayor Ana Lopes");
    first = g.add_claim(c);
    c.kind = claim_kind::direct;
    c.content = *span_of(t, "The port authority has misled the council,");
    c.cue = *span_of(t, "told");
    c.speaker_mention = *span_of(t, "Lopes", 60);
    c.via = agency;
    c.about = {port, city, port};
    second = g.add_claim(c);
    relation r;
    r.article = art;
    r.subject = mayor;
    r.predicate = predicate::role;
    r.object = city;
    r.label = "Mayor";
    g.add_relation(r);
  }
};
}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("ids are dense and assigned in insertion order") {
    harbour_story s;
    CHECK(s.mayor == actor_id(0));
    CHECK(s.agency == actor_id(3));
    CHECK(s.g.actor_count() == 4);
    CHECK(s.g.claim_count() == 2);
    CHECK(s.g[s.second].id == s.second);
  }

  TEST_CASE("spans read back the article's text") {
    harbour_story s;
    CHECK(s.g.content(s.g[s.first]) == "the harbour plan would create jobs");
    CHECK(s.g.cue(s.g[s.second]) == "told");
    CHECK(s.g.speaker_mention(s.g[s.second]) == "Lopes");
  }

  TEST_CASE("find_actor matches names and aliases, ignoring case") {
    harbour_story s;
    CHECK(s.g.find_actor("ana lopes") == s.mayor);
    CHECK(s.g.find_actor("LOPES") == s.mayor);
    CHECK(s.g.find_actor("Council") == s.city);
    CHECK_FALSE(s.g.find_actor("Lopez").has_value());
    CHECK(s.g.find_article("TEST-harbour") == s.art);
  }

  TEST_CASE("a canonical name beats an alias in lookup") {
    graph g;
    auto a = g.add_actor("Jordan Smith", actor_kind::person, {"Jordan"});
    auto b = g.add_actor("Jordan", actor_kind::country);
    CHECK(g.find_actor("jordan") == b);
    CHECK(g.find_actors("Jordan") == std::vector<actor_id>{a, b});
  }

  TEST_CASE("checked access throws the library's exception, unknown ids included") {
    harbour_story s;
    CHECK_THROWS_AS(s.g.at(actor_id(99)), not_found);
    CHECK_THROWS_AS(s.g.at(claim_id(99)), error);
    CHECK_THROWS_AS(s.g.actor_named("Nobody"), not_found);
    CHECK(s.g.at(s.city).name == "city council");
  }

  TEST_CASE("add_claim rejects dangling ids and spans outside the text") {
    harbour_story s;
    claim c;
    c.article = s.art;
    c.speaker = actor_id(42);
    CHECK_THROWS_AS(s.g.add_claim(c), not_found);
    c.speaker = s.mayor;
    c.content = {0, 100000};
    CHECK_THROWS_AS(s.g.add_claim(c), invalid_argument);
    CHECK(s.g.claim_count() == 2);
  }

  TEST_CASE("about is a set in first-mention order") {
    harbour_story s;
    auto& about = s.g[s.second].about;
    REQUIRE(about.size() == 2);
    CHECK(about[0] == s.port);
    CHECK(about[1] == s.city);
  }

  TEST_CASE("index queries answer from the indices") {
    harbour_story s;
    CHECK(s.g.claims_by(s.mayor).size() == 2);
    CHECK(s.g.claims_by(s.port).empty());
    CHECK(s.g.claims_about(s.port).size() == 1);
    CHECK(s.g.claims_about(s.port)[0] == s.second);
    CHECK(s.g.claims_via(s.agency).size() == 1);
    CHECK(s.g.claims_in(s.art).size() == 2);
    CHECK(s.g.relations_of(s.city).size() == 1);
    CHECK(s.g.relations_of(s.mayor).size() == 1);
    CHECK(s.g.claims_by(actor_id(1000)).empty());
  }

  TEST_CASE("speakers_about and targets_of count claims, most first") {
    harbour_story s;
    claim c;
    c.article = s.art;
    c.speaker = s.agency;
    c.about = {s.port};
    s.g.add_claim(c);
    auto speakers = s.g.speakers_about(s.port);
    REQUIRE(speakers.size() == 2);
    CHECK(speakers[0].count == 1);
    auto targets = s.g.targets_of(s.mayor);
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].actor == s.port);
    CHECK(targets[1].actor == s.city);
  }

  TEST_CASE("aliases are a set") {
    harbour_story s;
    CHECK_FALSE(s.g.add_alias(s.mayor, "lopes"));
    CHECK(s.g.add_alias(s.mayor, "the mayor"));
    CHECK(s.g.find_actor("The Mayor") == s.mayor);
  }

  TEST_CASE("an actor with many aliases is built, searched and merged in linear time") {
    // Each alias added is checked against the actor's others; by index, not
    // by a walk over all of them.
    auto aliases = [](std::size_t n) {
      std::vector<std::string> v;
      for (std::size_t i = 0; i < n; ++i) v.push_back("Harbour Desk " + std::to_string(i));
      return v;
    };
    auto work = [](const std::vector<std::string>& names) {
      graph g;
      actor_id a = g.add_actor("Harbour Radio", actor_kind::media, names);
      for (const std::string& s : names) REQUIRE(g.add_alias(a, s) == false);
      REQUIRE(g.find_actor(names.back()) == a);
      graph other;
      other.add_actor("Harbour Radio", actor_kind::media, names);
      g.merge(other);
      REQUIRE(g.actor_count() == 1);
      REQUIRE(g[a].aliases.size() == names.size());
    };
    const std::vector<std::string> small = aliases(5000), large = aliases(20000);
    double t1 = whosaid_test::best_seconds([&] { work(small); });
    double t4 = whosaid_test::best_seconds([&] { work(large); });
    INFO("5,000 aliases: " << t1 << " s; 20,000: " << t4 << " s");
    CHECK(whosaid_test::grew_linearly(t1, t4));
  }

  TEST_CASE("payloads attach user data without forking the library") {
    struct party {
      std::string name;
    };
    basic_graph<party> g;
    auto id = g.add_actor("Ana Lopes", actor_kind::person);
    g.payload(id).name = "Harbour Party";
    CHECK(g[id].payload.name == "Harbour Party");
  }
}
