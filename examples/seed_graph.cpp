// Builds, by hand, the graph of who said what about whom in a news story on
// Lee Jae Myung's state visit to China, then prints the summary.
//
// The article text below is a short paraphrase written for this example; the
// only words taken from the original report are the quoted remarks
// themselves. Every claim and relation points into that text by span, the
// way the extractor's output does.
#include <whosaid/summary.hpp>
#include <whosaid/whosaid.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

// Kept as one string of paragraphs, like an article body.
const char* const story =
    "Lee Jae Myung is to travel to Beijing on a state visit at the invitation of Xi Jinping.\n\n"
    "Wi Sung-lac, South Korea\u2019s national security adviser, said on Friday that Lee would hold "
    "talks with Xi in Beijing on Monday and then go on to Shanghai.\n\n"
    "According to Yonhap News Agency, the two leaders will take up \u201cpractical cooperation\u201d "
    "in supply chains, tourism and cross-border crime. Lee will ask China to play a "
    "\u201cconstructive\u201d role in seeking \u201ca breakthrough in resolving issues on the Korean "
    "Peninsula\u201d, Wi said.\n\n"
    "Japanese Prime Minister Sanae Takaichi has suggested that Japan could answer a "
    "Chinese attack on Taiwan with force. Wi restated Seoul\u2019s position, saying South Korea "
    "\u201crespect[s] the one China policy and act[s] in accordance with that position\u201d.\n\n"
    "Kang Jun-young, a professor of political economics at Hankuk University of Foreign Studies, "
    "said Beijing was adjusting its approach.\n\n"
    "\u201cChina wants to emphasise South Korea\u2019s importance slightly more than before,\u201d Kang "
    "told Reuters. \u201cChina appears to have strategically decided that it would be better to "
    "have [Lee] visit China before South Korea holds a summit with Japan again.\u201d\n\n"
    "Shin Beom-chul, a senior fellow at the Sejong Institute and a former vice defence minister, "
    "said the leaders might discuss updating the alliance between South Korea and the US, which "
    "Beijing sees as a check on its influence.\n\n"
    "Washington has hinted that it wants its troops in South Korea to be able to meet wider "
    "regional challenges, Taiwan among them.\n\n"
    "\u201cKorea is not simply responding to threats on the peninsula,\u201d said General Xavier "
    "Brunson, commander of US Forces Korea, speaking at a forum.\n\n"
    "Lee\u2019s office said minerals, supply chains and clean industry would top the agenda.\n";

// The span of `needle` in `text`, searching from `from`; a typo in this
// file is a bug, so it throws rather than returning an empty span.
whosaid::text_span find(std::string_view text, std::string_view needle, std::size_t from = 0) {
  if (auto s = whosaid::span_of(text, needle, from)) return *s;
  throw whosaid::not_found("not in the story: " + std::string(needle));
}

}  // namespace

int main() {
  using namespace whosaid;
  graph g;

  article art;
  art.key = "example-lee-state-visit";
  art.headline = "Lee to visit Beijing as China courts Seoul";
  art.text = story;
  const article_id a = g.add_article(std::move(art));
  const std::string_view t = g[a].text;

  // ---- actors: canonical names, kinds and the surface forms the text uses.
  const actor_id xi = g.add_actor("Xi Jinping", actor_kind::person, {"Xi"});
  const actor_id lee = g.add_actor("Lee Jae Myung", actor_kind::person, {"Lee"});
  const actor_id wi = g.add_actor("Wi Sung-lac", actor_kind::person, {"Wi"});
  const actor_id yonhap = g.add_actor("Yonhap News Agency", actor_kind::media, {"Yonhap"});
  const actor_id takaichi = g.add_actor("Sanae Takaichi", actor_kind::person,
                                        {"Takaichi", "Japanese Prime Minister Sanae Takaichi"});
  const actor_id kang = g.add_actor("Kang Jun-young", actor_kind::person, {"Kang"});
  const actor_id reuters = g.add_actor("Reuters", actor_kind::media);
  const actor_id shin = g.add_actor("Shin Beom-chul", actor_kind::person, {"Shin"});
  const actor_id brunson = g.add_actor("Xavier Brunson", actor_kind::person, {"Brunson", "General Xavier Brunson"});
  const actor_id office = g.add_actor("Lee\u2019s office", actor_kind::organization);
  const actor_id china = g.add_actor("China", actor_kind::country, {"Beijing", "Chinese"});
  const actor_id korea = g.add_actor("South Korea", actor_kind::country, {"Seoul", "Korea"});
  const actor_id japan = g.add_actor("Japan", actor_kind::country, {"Tokyo", "Japanese"});
  const actor_id us = g.add_actor("United States", actor_kind::country, {"US", "Washington"});
  const actor_id taiwan = g.add_actor("Taiwan", actor_kind::country);
  const actor_id hufs = g.add_actor("Hankuk University of Foreign Studies", actor_kind::organization);
  const actor_id sejong = g.add_actor("Sejong Institute", actor_kind::organization);
  const actor_id usfk = g.add_actor("US Forces Korea", actor_kind::organization);

  // ---- claims: speaker, kind, content, cue, the mention used, via, about.
  auto say = [&](actor_id speaker, claim_kind kind, text_span content, text_span cue, text_span mention,
                 std::vector<actor_id> about, actor_id via = {}) {
    claim c;
    c.article = a;
    c.speaker = speaker;
    c.kind = kind;
    c.content = content;
    c.cue = cue;
    c.speaker_mention = mention;
    c.about = std::move(about);
    c.via = via;
    return g.add_claim(std::move(c));
  };

  const std::size_t p2 = find(t, "Wi Sung-lac").begin;
  say(wi, claim_kind::indirect, find(t, "Lee would hold talks with Xi in Beijing on Monday and then go on to Shanghai"),
      find(t, "said", p2), find(t, "Wi Sung-lac"), {lee, xi});

  const std::size_t p3 = find(t, "According to").begin;
  say(yonhap, claim_kind::mixed,
      find(t, "the two leaders will take up \u201cpractical cooperation\u201d in supply chains, tourism and cross-border crime"),
      find(t, "According to"), find(t, "Yonhap News Agency"), {xi, lee});
  say(wi, claim_kind::mixed,
      find(t, "Lee will ask China to play a \u201cconstructive\u201d role in seeking \u201ca breakthrough in resolving "
              "issues on the Korean Peninsula\u201d"),
      find(t, "said", p3), find(t, "Wi", find(t, "Peninsula").end), {lee, china});

  say(takaichi, claim_kind::indirect, find(t, "Japan could answer a Chinese attack on Taiwan with force"),
      find(t, "suggested"), find(t, "Japanese Prime Minister Sanae Takaichi"), {japan, china, taiwan});
  say(wi, claim_kind::mixed,
      find(t, "South Korea \u201crespect[s] the one China policy and act[s] in accordance with that position\u201d"),
      find(t, "saying"), find(t, "Wi", find(t, "has suggested").end), {korea, china});

  const std::size_t p5 = find(t, "Kang Jun-young").begin;
  say(kang, claim_kind::indirect, find(t, "Beijing was adjusting its approach"), find(t, "said", p5),
      find(t, "Kang Jun-young"), {china});
  say(kang, claim_kind::direct, find(t, "China wants to emphasise South Korea\u2019s importance slightly more than before,"),
      find(t, "told"), find(t, "Kang", p5 + 1), {china, korea}, reuters);
  say(kang, claim_kind::direct,
      find(t, "China appears to have strategically decided that it would be better to have [Lee] visit China before "
              "South Korea holds a summit with Japan again."),
      find(t, "told"), find(t, "Kang", p5 + 1), {china, lee, korea, japan}, reuters);

  const std::size_t p6 = find(t, "Shin Beom-chul").begin;
  say(shin, claim_kind::indirect,
      find(t, "the leaders might discuss updating the alliance between South Korea and the US, which Beijing sees as a "
              "check on its influence"),
      find(t, "said", p6), find(t, "Shin Beom-chul"), {korea, us, china});

  say(us, claim_kind::indirect,
      find(t, "it wants its troops in South Korea to be able to meet wider regional challenges, Taiwan among them"),
      find(t, "has hinted"), find(t, "Washington"), {us, korea, taiwan});

  const std::size_t p8 = find(t, "\u201cKorea is not").begin;
  say(brunson, claim_kind::direct, find(t, "Korea is not simply responding to threats on the peninsula,"),
      find(t, "said", p8), find(t, "General Xavier Brunson"), {korea});

  say(office, claim_kind::indirect,
      find(t, "minerals, supply chains and clean industry would top the agenda"),
      find(t, "said", find(t, "Lee\u2019s office").end), find(t, "Lee\u2019s office"), {});

  // ---- relations: roles and affiliations, with the words that state them.
  auto relate = [&](actor_id subject, predicate p, actor_id object, std::string label, text_span evidence) {
    relation r;
    r.article = a;
    r.subject = subject;
    r.predicate = p;
    r.object = object;
    r.label = std::move(label);
    r.evidence = evidence;
    return g.add_relation(std::move(r));
  };
  relate(wi, predicate::role, korea, "national security adviser",
         find(t, "Wi Sung-lac, South Korea\u2019s national security adviser"));
  relate(takaichi, predicate::role, japan, "Prime Minister", find(t, "Japanese Prime Minister Sanae Takaichi"));
  relate(kang, predicate::member, hufs, "professor of political economics",
         find(t, "a professor of political economics at Hankuk University of Foreign Studies"));
  relate(shin, predicate::member, sejong, "senior fellow", find(t, "a senior fellow at the Sejong Institute"));
  relate(shin, predicate::role, korea, "former vice defence minister", find(t, "a former vice defence minister"));
  relate(brunson, predicate::role, usfk, "commander", find(t, "commander of US Forces Korea"));
  relate(usfk, predicate::member, us, "US forces", find(t, "US Forces Korea"));

  std::fputs(summary(g).c_str(), stdout);

  // One query beyond the summary: the direct quotes about South Korea.
  std::fputs("\nDirect quotes about South Korea\n", stdout);
  for (const claim& c : g.select().about(korea).kind(claim_kind::direct))
    fmt::print("  {} ({}): \u201c{}\u201d\n", g[c.speaker].name, c.id, g.content(c));
  return 0;
}
