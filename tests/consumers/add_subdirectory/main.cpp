#include <whosaid/whosaid.hpp>

int main() {
  whosaid::graph g;
  auto a = g.add_article(std::string("Officials said talks would resume."));
  auto officials = g.add_actor("officials", whosaid::actor_kind::group);
  whosaid::claim c;
  c.article = a;
  c.speaker = officials;
  c.kind = whosaid::claim_kind::indirect;
  c.content = *whosaid::span_of(g[a].text, "talks would resume");
  g.add_claim(c);
  return g.select().said_by(officials).count() == 1 ? 0 : 1;
}
