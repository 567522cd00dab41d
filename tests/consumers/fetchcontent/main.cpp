// Only the umbrella header: the library's entry point must be enough.
#include <whosaid/whosaid.hpp>

int main() {
  whosaid::graph g;
  auto a = g.add_article(std::string("Ana said the bridge was safe."));
  auto ana = g.add_actor("Ana Ruiz", whosaid::actor_kind::person, {"Ana"});
  whosaid::claim c;
  c.article = a;
  c.speaker = g.actor_named("ana");
  c.kind = whosaid::claim_kind::indirect;
  c.content = *whosaid::span_of(g[a].text, "the bridge was safe");
  g.add_claim(c);
  return g.claims_by(ana).size() == 1 && g.content(g.claims()[0]) == "the bridge was safe" ? 0 : 1;
}
