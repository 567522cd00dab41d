// A small graph built by hand for the io tests, with the strings exporters
// get wrong: quotes, backslashes, line breaks, markup characters, non-ASCII
// text, a control character and bytes that are not UTF-8. The article texts
// are written for these tests.
#pragma once

#include <whosaid/graph.hpp>

#include <string>
#include <vector>

namespace whosaid_test {

using namespace whosaid;

struct sample_graph {
  graph g;
  article_id harbour, river;
  actor_id mayor, port, council, radio, official, river_board;

  // With `valid_utf8`, the two stray bytes in the first article are "§§"
  // instead, for the tests that need text to come back byte for byte.
  explicit sample_graph(bool valid_utf8 = false) {
    const std::string noise = valid_utf8 ? "\xC2\xA7\xC2\xA7" : "\xFF\xFE";
    article a;
    a.key = "harbour-2031";
    a.headline = "Mayor says \"port & council\" <misled> voters";
    a.outlet = "Harbour Radio";
    a.url = "https://example.org/harbour?a=1&b=2";
    a.published = "2031-05-04";
    a.text =
        "Mayor Zoë Ålund said the harbour plan would create 300 jobs.\n\n"
        "\"The port authority & the council <misled> us,\" Ålund told Harbour Radio. "
        "\"We won\xE2\x80\x99t pay C:\\fees\\ again.\"\n\n"
        "A senior official said the plan was \"on track\"\x01 and " + noise + " cheap.";
    harbour = g.add_article(a);

    mayor = g.add_actor("Zoë Ålund", actor_kind::person, {"Ålund", "Mayor Zoë Ålund", "Z; Ålund"});
    port = g.add_actor("port authority", actor_kind::organization, {"the \"port\""});
    council = g.add_actor("city council", actor_kind::organization, {"council"});
    radio = g.add_actor("Harbour Radio", actor_kind::media);
    actor anon;
    anon.name = "senior official";
    anon.kind = actor_kind::person;
    anon.anonymous = true;
    official = g.add_actor(anon);

    const std::string& t = g[harbour].text;
    claim c;
    c.article = harbour;
    c.speaker = mayor;
    c.kind = claim_kind::indirect;
    c.content = *span_of(t, "the harbour plan would create 300 jobs");
    c.cue = *span_of(t, "said");
    c.speaker_mention = *span_of(t, "Mayor Zoë Ålund");
    g.add_claim(c);

    c.kind = claim_kind::direct;
    c.content = *span_of(t, "The port authority & the council <misled> us,");
    c.cue = *span_of(t, "told");
    c.speaker_mention = *span_of(t, "Ålund told");
    c.speaker_mention.end = c.speaker_mention.begin + 6;
    c.via = radio;
    c.about = std::vector<actor_id>{port, council};
    g.add_claim(c);

    c.content = *span_of(t, "We won\xE2\x80\x99t pay C:\\fees\\ again.");
    c.cue = {};
    c.about = std::vector<actor_id>{council};
    g.add_claim(c);

    c.speaker = official;
    c.via = {};
    c.kind = claim_kind::mixed;
    c.content = *span_of(t, "the plan was \"on track\"\x01 and " + noise + " cheap");
    c.cue = *span_of(t, "said", 150);
    c.speaker_mention = *span_of(t, "A senior official");
    c.about = std::vector<actor_id>{};
    g.add_claim(c);

    relation r;
    r.article = harbour;
    r.subject = mayor;
    r.predicate = predicate::role;
    r.object = council;
    r.label = "Mayor";
    r.evidence = *span_of(t, "Mayor Zoë Ålund");
    g.add_relation(r);

    article b;
    b.text = "Officials at the river board warned of floods, Ålund said.";
    river = g.add_article(b);
    river_board = g.add_actor("river board", actor_kind::organization);
    const std::string& u = g[river].text;
    claim d;
    d.article = river;
    d.speaker = mayor;
    d.kind = claim_kind::indirect;
    d.content = *span_of(u, "Officials at the river board warned of floods");
    d.cue = *span_of(u, "said");
    d.speaker_mention = *span_of(u, "Ålund");
    d.about = std::vector<actor_id>{river_board};
    g.add_claim(d);
    relation m;
    m.article = river;
    m.subject = mayor;
    m.predicate = predicate::member;
    m.object = river_board;
    g.add_relation(m);
  }
};

// Everything the JSON graph document keeps, compared field by field.
template <class Graph>
bool same_graph(const Graph& a, const Graph& b) {
  if (a.article_count() != b.article_count() || a.actor_count() != b.actor_count() ||
      a.claim_count() != b.claim_count() || a.relation_count() != b.relation_count())
    return false;
  for (std::size_t i = 0; i < a.article_count(); ++i) {
    const auto &x = a.articles()[i], &y = b.articles()[i];
    if (x.key != y.key || x.headline != y.headline || x.outlet != y.outlet || x.url != y.url ||
        x.published != y.published || x.text != y.text)
      return false;
  }
  for (std::size_t i = 0; i < a.actor_count(); ++i) {
    const auto &x = a.actors()[i], &y = b.actors()[i];
    if (x.name != y.name || x.kind != y.kind || x.aliases != y.aliases || x.anonymous != y.anonymous) return false;
  }
  for (std::size_t i = 0; i < a.claim_count(); ++i) {
    const auto &x = a.claims()[i], &y = b.claims()[i];
    if (x.article != y.article || x.speaker != y.speaker || x.via != y.via || x.kind != y.kind ||
        x.content != y.content || x.cue != y.cue || x.speaker_mention != y.speaker_mention ||
        std::vector<actor_id>(x.about.begin(), x.about.end()) != std::vector<actor_id>(y.about.begin(), y.about.end()))
      return false;
  }
  for (std::size_t i = 0; i < a.relation_count(); ++i) {
    const auto &x = a.relations()[i], &y = b.relations()[i];
    if (x.article != y.article || x.subject != y.subject || x.predicate != y.predicate || x.object != y.object ||
        x.label != y.label || x.evidence != y.evidence)
      return false;
  }
  return true;
}

}  // namespace whosaid_test
