#include <whosaid/graph.hpp>

#include <doctest/doctest.h>

using namespace whosaid;

namespace {
// Three speakers, two targets, claims of each kind.
struct council_meeting {
  graph g;
  article_id a1, a2;
  actor_id chair, treasurer, critic, budget, school;

  void say(article_id art, actor_id who, claim_kind k, std::vector<actor_id> about, const char* cue) {
    claim c;
    c.article = art;
    c.speaker = who;
    c.kind = k;
    c.about = std::move(about);
    c.cue = *span_of(g[art].text, cue);
    g.add_claim(c);
  }

  council_meeting() {
    a1 = g.add_article(std::string("said told warned"));
    a2 = g.add_article(std::string("said added"));
    chair = g.add_actor("Chair", actor_kind::person);
    treasurer = g.add_actor("Treasurer", actor_kind::person);
    critic = g.add_actor("Critic", actor_kind::person);
    budget = g.add_actor("Budget Office", actor_kind::organization);
    school = g.add_actor("School Board", actor_kind::organization);
    say(a1, chair, claim_kind::direct, {budget}, "said");
    say(a1, chair, claim_kind::indirect, {school}, "told");
    say(a1, treasurer, claim_kind::direct, {budget, school}, "warned");
    say(a2, critic, claim_kind::mixed, {budget}, "said");
    say(a2, chair, claim_kind::direct, {budget}, "added");
  }
};
}  // namespace

TEST_SUITE("claim_filter") {
  TEST_CASE("an empty filter yields every claim") {
    council_meeting m;
    CHECK(m.g.select().count() == 5);
  }

  TEST_CASE("criteria compose") {
    council_meeting m;
    CHECK(m.g.select().said_by(m.chair).count() == 3);
    CHECK(m.g.select().said_by(m.chair).about(m.budget).count() == 2);
    CHECK(m.g.select().said_by(m.chair).about(m.budget).in(m.a2).count() == 1);
    CHECK(m.g.select().about(m.budget).kind(claim_kind::direct).count() == 3);
    CHECK(m.g.select().cue("SAID").count() == 2);
    CHECK(m.g.select().said_by(m.critic).about(m.school).empty());
  }

  TEST_CASE("an actor with no claims gives an empty answer, not every claim") {
    council_meeting m;
    auto nobody = m.g.add_actor("Nobody", actor_kind::person);
    CHECK(m.g.select().about(nobody).count() == 0);
    CHECK(m.g.select().said_by(m.chair).about(nobody).count() == 0);
  }

  TEST_CASE("to_vector lists matching claim ids in order") {
    council_meeting m;
    auto ids = m.g.select().about(m.school).to_vector();
    REQUIRE(ids.size() == 2);
    CHECK(ids[0] == claim_id(1));
    CHECK(ids[1] == claim_id(2));
  }

  TEST_CASE("iteration walks the smallest index") {
    council_meeting m;
    // The critic has one claim: whatever the order of criteria, the answer is the same.
    auto f = m.g.select().about(m.budget).said_by(m.critic);
    REQUIRE(f.count() == 1);
    CHECK(f.begin()->speaker == m.critic);
  }
}

TEST_SUITE("claim_filter") {
  TEST_CASE("a range-for over a chain on a temporary owns its filter") {
    council_meeting m;
    std::size_t n = 0;
    // Under ASan this read freed stack memory when the chain returned a
    // reference to the temporary made by select().
    for (const auto& c : m.g.select().said_by(m.chair).about(m.budget)) {
      CHECK(c.speaker == m.chair);
      ++n;
    }
    CHECK(n == 2);
  }

  TEST_CASE("a named filter narrows in place") {
    council_meeting m;
    auto f = m.g.select();
    f.said_by(m.chair);
    f.kind(claim_kind::direct);
    CHECK(f.count() == 2);
  }
}
