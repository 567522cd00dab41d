// The installed headers, the {fmt} formatters and the summary printer.
#include <whosaid/fmt.hpp>
#include <whosaid/summary.hpp>
#include <whosaid/whosaid.hpp>

#include <cstdio>
#include <string>

int main() {
  whosaid::graph g;
  auto a = g.add_article(std::string("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D Mayor Ines Okoro told Radio Delta."));
  auto mayor = g.add_actor("Ines Okoro", whosaid::actor_kind::person, {"Okoro"});
  auto radio = g.add_actor("Radio Delta", whosaid::actor_kind::media);
  whosaid::claim c;
  c.article = a;
  c.speaker = mayor;
  c.via = radio;
  c.kind = whosaid::claim_kind::direct;
  c.content = *whosaid::span_of(g[a].text, "We will rebuild,");
  c.cue = *whosaid::span_of(g[a].text, "told");
  g.add_claim(c);

  std::string s = whosaid::summary(g);
  std::fputs(s.c_str(), stdout);
  bool ok = s.find("Ines Okoro (person)\n  - told Radio Delta (direct)") != std::string::npos &&
            fmt::format("{} {}", mayor, g[mayor]) == "a0 Ines Okoro (person)";
  return ok ? 0 : 1;
}
