// A user payload: data of the user's own on actors, claims and articles,
// carried by the graph without forking the library.
//
// Here a fact-checking desk attaches a knowledge-base id and a party to each
// actor, a verification status to each claim, and the desk's section to each
// article; merging two articles' graphs keeps the payload of actors that are
// unified. The two short reports are written for this example.
#include <whosaid/fmt.hpp>
#include <whosaid/whosaid.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace desk {

struct actor_info {
  std::string kb_id;  // the desk's knowledge-base id, "" when not linked yet
  std::string party;
};

enum class verdict { unchecked, accurate, misleading };

struct claim_info {
  verdict status = verdict::unchecked;
  std::string checked_by;
};

struct article_info {
  std::string section;
};

using graph = whosaid::basic_graph<actor_info, claim_info, article_info>;

std::string_view to_string(verdict v) {
  switch (v) {
    case verdict::accurate: return "accurate";
    case verdict::misleading: return "misleading";
    default: return "unchecked";
  }
}

// One report: a speaker making one claim about a rival.
graph report(std::string key, std::string text, std::string speaker, std::string speaker_party,
             std::string_view content, std::string target, std::string target_party) {
  graph g;
  graph::article_type art;
  art.key = std::move(key);
  art.text = std::move(text);
  art.payload.section = "politics";
  auto a = g.add_article(std::move(art));

  graph::actor_type s;
  s.name = std::move(speaker);
  s.kind = whosaid::actor_kind::person;
  s.payload.party = std::move(speaker_party);
  auto sid = g.add_actor(std::move(s));
  graph::actor_type o;
  o.name = std::move(target);
  o.kind = whosaid::actor_kind::person;
  o.payload.party = std::move(target_party);
  auto oid = g.add_actor(std::move(o));

  graph::claim_type c;
  c.article = a;
  c.speaker = sid;
  c.kind = whosaid::claim_kind::indirect;
  c.content = *whosaid::span_of(g[a].text, content);
  c.cue = *whosaid::span_of(g[a].text, "said");
  c.about = {oid};
  g.add_claim(std::move(c));
  return g;
}

}  // namespace desk

int main() {
  desk::graph g = desk::report("council-1",
                               "Councillor Mara Voss said the budget left the river district with no new buses. "
                               "Voss's rival, Deputy Mayor Tomas Reyes, did not comment.",
                               "Mara Voss", "Green", "the budget left the river district with no new buses",
                               "Tomas Reyes", "Labour");
  desk::graph second = desk::report("council-2",
                                    "Deputy Mayor Tomas Reyes said Mara Voss had voted against the same bus plan "
                                    "last year.",
                                    "Tomas Reyes", "", "Mara Voss had voted against the same bus plan last year",
                                    "Mara Voss", "");

  // The desk links actors to its knowledge base after extraction; payloads
  // are the one part of an element that may change in place.
  g.payload(g.actor_named("Mara Voss")).kb_id = "KB-1042";
  g.payload(g.actor_named("Tomas Reyes")).kb_id = "KB-0077";

  // Unified actors keep this graph's payload; the second graph's claims
  // arrive with theirs.
  auto map = g.merge(std::move(second));
  (void)map;

  // A fact-checker marks a claim.
  whosaid::actor_id voss = g.actor_named("Mara Voss");
  for (const auto& c : g.select().about(voss)) {
    auto& info = g.payload(c.id);
    info.status = desk::verdict::misleading;
    info.checked_by = "J. Okafor";
  }

  for (const auto& a : g.actors())
    fmt::print("{} {}: party {}, knowledge base {}\n", a.id, a, a.payload.party.empty() ? "?" : a.payload.party,
               a.payload.kb_id.empty() ? "?" : a.payload.kb_id);
  for (const auto& c : g.claims()) {
    const auto& art = g[c.article];
    fmt::print("{} [{} / {}] {} ({}) said: {}\n    verdict: {}{}\n", c.id, art.key, art.payload.section,
               g[c.speaker].name, g[c.speaker].payload.party, g.content(c), desk::to_string(c.payload.status),
               c.payload.checked_by.empty() ? "" : " by " + c.payload.checked_by);
  }
  return 0;
}
