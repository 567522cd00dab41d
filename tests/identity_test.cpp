// join_people(): one person, one node across the articles of a corpus.
#include <whosaid/identity.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "growth.hpp"

using namespace whosaid;

namespace {
// A corpus built claim by claim: each claim in an article of its own
// unless `in` names an earlier one.
struct corpus {
  graph g;
  article_id article(const std::string& text) { return g.add_article(text); }
  actor_id person(const std::string& name) { return g.add_actor(name, actor_kind::person); }
  void said(actor_id who, article_id art) {
    claim c;
    c.article = art;
    c.speaker = who;
    c.content = {0, 1};
    g.add_claim(c);
  }
  std::size_t claims_of(std::string_view name) const {
    auto id = g.find_actor(name);
    return id ? g.claims_by(*id).size() : 0;
  }
  bool has_actor_named(std::string_view name) const {
    for (const auto& a : g.actors())
      if (a.name == name) return true;
    return false;
  }
};
}  // namespace

TEST_SUITE("identity") {
  TEST_CASE("a surname joins the one full name the corpus gives it") {
    corpus c;
    const auto full = c.person("Ana Lind");
    const auto sur = c.person("Lind");
    c.said(full, c.article("a"));
    c.said(sur, c.article("b"));
    c.said(sur, c.article("c"));
    std::size_t moved = 0;
    auto map = join_people(c.g, &moved);
    CHECK(moved == 2);
    CHECK(c.g.actor_count() == 1);
    CHECK(c.claims_of("Ana Lind") == 3);
    CHECK(c.g[map.actors[sur.index()]].name == "Ana Lind");
    CHECK(c.g[actor_id(0)].answers_to("Lind"));
  }

  TEST_CASE("the one named in the same article wins, two there keep the surname apart") {
    corpus c;
    const auto ana = c.person("Ana Lind");
    const auto bo = c.person("Bo Lind");
    const auto sur = c.person("Lind");
    const auto a = c.article("a"), b = c.article("b");
    c.said(bo, a);
    c.said(sur, a);  // only Bo is named here: Bo
    c.said(ana, b);
    c.said(bo, b);
    c.said(sur, b);  // both are: no one
    join_people(c.g);
    CHECK(c.claims_of("Bo Lind") == 3);
    CHECK(c.claims_of("Ana Lind") == 1);
    CHECK(c.claims_of("Lind") == 1);
  }

  TEST_CASE("where the article names no one, only a clear first of the corpus") {
    corpus c;
    const auto ana = c.person("Ana Lind");
    const auto bo = c.person("Bo Lind");
    const auto sur = c.person("Lind");
    SUBCASE("named in twice as many articles") {
      for (int i = 0; i < 4; ++i) c.said(ana, c.article("x"));
      for (int i = 0; i < 2; ++i) c.said(bo, c.article("y"));
      c.said(sur, c.article("z"));
      join_people(c.g);
      CHECK(c.claims_of("Ana Lind") == 5);
      CHECK_FALSE(c.has_actor_named("Lind"));
    }
    SUBCASE("not clearly first") {
      for (int i = 0; i < 3; ++i) c.said(ana, c.article("x"));
      for (int i = 0; i < 2; ++i) c.said(bo, c.article("y"));
      c.said(sur, c.article("z"));
      join_people(c.g);
      CHECK(c.claims_of("Lind") == 1);
      CHECK(c.claims_of("Ana Lind") == 3);
    }
  }

  TEST_CASE("names that differ only in an initial are one person, unless the initials differ") {
    corpus c;
    c.said(c.person("Ana Lind"), c.article("a"));
    c.said(c.person("Ana B. Lind"), c.article("b"));
    c.said(c.person("Bo C. Ek"), c.article("c"));
    c.said(c.person("Bo D. Ek"), c.article("d"));
    c.said(c.person("Bo Ek"), c.article("e"));
    join_people(c.g);
    CHECK(c.claims_of("Ana Lind") == 2);
    CHECK_FALSE(c.has_actor_named("Ana B. Lind"));
    CHECK(c.claims_of("Bo C. Ek") == 1);
    CHECK(c.claims_of("Bo D. Ek") == 1);
    CHECK(c.claims_of("Bo Ek") == 1);
  }

  TEST_CASE("organizations, countries and anonymous sources are left alone") {
    corpus c;
    c.said(c.person("Jordan Lind"), c.article("a"));
    c.said(c.g.add_actor("Lind", actor_kind::organization), c.article("b"));
    c.said(c.g.add_actor("Jordan", actor_kind::country), c.article("c"));
    actor anon;
    anon.name = "Lind";
    anon.kind = actor_kind::person;
    anon.anonymous = true;
    c.said(c.g.add_actor(anon), c.article("d"));
    std::size_t moved = 1;
    join_people(c.g, &moved);
    CHECK(moved == 0);
    CHECK(c.g.actor_count() == 4);
  }

  TEST_CASE("claims keep their text, about and via, the result is the same whatever the merge order") {
    auto part = [](const std::string& speaker, const std::string& about) {
      graph g;
      auto art = g.add_article(speaker + " said so about " + about);
      claim c;
      c.article = art;
      c.speaker = g.add_actor(speaker, actor_kind::person);
      c.about = std::vector<actor_id>{g.add_actor(about, actor_kind::person)};
      c.content = {0, 4};
      g.add_claim(c);
      return g;
    };
    const graph p1 = part("Ana Lind", "Bo Ek"), p2 = part("Lind", "Ek"), p3 = part("Lind", "Ana Lind");
    graph forward = p1;
    forward.merge(p2);
    forward.merge(p3);
    graph backward = p3;
    backward.merge(p2);
    backward.merge(p1);
    join_people(forward);
    join_people(backward);
    for (graph* g : {&forward, &backward}) {
      REQUIRE(g->find_actor("Ana Lind"));
      CHECK(g->claims_by(*g->find_actor("Ana Lind")).size() == 3);
      CHECK(g->claims_about(*g->find_actor("Bo Ek")).size() == 2);
      CHECK(g->actor_count() == 2);
    }
    // A claim about its own speaker after the join stays whole.
    CHECK(forward.content(forward.claims()[2]) == "Lind");
  }

  TEST_CASE("time grows with the corpus, however many people share a surname") {
    // n full names with one surname, each in an article with the bare
    // surname: every surname use has n candidates to weigh.
    auto corpus_of = [](int n) {
      graph g;
      const auto sur = g.add_actor("Lind", actor_kind::person);
      for (int i = 0; i < n; ++i) {
        const auto art = g.add_article("x");
        std::string given = "An";  // a distinct given name of letters: "An", "Anb", "Anc", ...
        for (int k = i; k > 0; k /= 26) given += static_cast<char>('a' + k % 26);
        const auto full = g.add_actor(given + " Lind", actor_kind::person);
        for (actor_id who : {full, sur}) {
          claim c;
          c.article = art;
          c.speaker = who;
          c.content = {0, 1};
          g.add_claim(c);
        }
      }
      return g;
    };
    const graph small = corpus_of(2000), large = corpus_of(8000);
    const double t1 = whosaid_test::best_seconds([&] {
      graph g = small;
      join_people(g);
    });
    const double t4 = whosaid_test::best_seconds([&] {
      graph g = large;
      join_people(g);
    });
    CHECK_MESSAGE(whosaid_test::grew_linearly(t1, t4), "2000: " << t1 << " s, 8000: " << t4 << " s");
    // Each article names its own Lind: each surname use goes to that one.
    graph g = small;
    join_people(g);
    CHECK(g.actor_count() == 2000);
  }
}
