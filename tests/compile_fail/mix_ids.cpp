// Ids of different kinds are different types: each block under a
// WHOSAID_CASE_* macro must fail to compile, on its marked line, while the
// rest of the file (the positive control, built without any macro) uses
// the same constructs with the right types and compiles.
#include <whosaid/graph.hpp>

namespace {

void retract(whosaid::claim_id) {}

}  // namespace

int main() {
  using namespace whosaid;
  graph g;
  auto art = g.add_article(std::string("Ana said so."));
  actor_id ana = g.add_actor("Ana", actor_kind::person);
  claim c;
  c.article = art;
  c.speaker = ana;
  claim_id said = g.add_claim(c);

  // The control: each construct with the type it expects.
  retract(said);
  claim_id copy = said;
  bool same = ana == g.actor_named("Ana");
  auto by_ana = g.claims_by(ana);
  actor_id explicit_id(0);
  c.speaker = explicit_id;

#if defined(WHOSAID_CASE_actor_id_as_claim_id_argument)
  retract(ana);  // WHOSAID_EXPECT_ERROR
#endif
#if defined(WHOSAID_CASE_claim_id_as_actor_id_argument)
  auto wrong = g.claims_by(said);  // WHOSAID_EXPECT_ERROR
#endif
#if defined(WHOSAID_CASE_assign_actor_id_to_claim_id)
  copy = ana;  // WHOSAID_EXPECT_ERROR
#endif
#if defined(WHOSAID_CASE_compare_actor_id_with_claim_id)
  same = ana == said;  // WHOSAID_EXPECT_ERROR
#endif
#if defined(WHOSAID_CASE_actor_id_from_integer)
  c.speaker = 3;  // WHOSAID_EXPECT_ERROR
#endif
#if defined(WHOSAID_CASE_article_id_as_speaker)
  c.speaker = art;  // WHOSAID_EXPECT_ERROR
#endif

  return static_cast<int>(same) + static_cast<int>(copy.value()) + static_cast<int>(by_ana.size());
}
