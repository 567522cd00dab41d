// Stage 5 of the extractor: the article's claims and relations, gathered
// paragraph by paragraph from the resolved attributions, then written into
// the graph with the actors they use.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../../detail/work_buffers.hpp"
#include "../../graph.hpp"
#include "attribution/context.hpp"
#include "attribution/role_speaker.hpp"
#include "mention.hpp"
#include "relations.hpp"
#include "resolution.hpp"
#include "text_scanner.hpp"
#include "vocabulary.hpp"

namespace whosaid::detail {

class assembly {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  struct pending_claim {
    text_span content, cue, speaker_mention;
    claim_kind kind = claim_kind::indirect;
    attribution_rule rule = attribution_rule::none;
    int speaker = -1, via = -1;
    std::vector<int> about;
    bool weak = false;  // see attribution::weak
  };
  struct pending_relation {
    int subject, object;
    predicate pred;
    text_span label, evidence;
    bool source_only;  // relation_hit::source_only
  };
  struct buffers {
    // A deque, not a vector: it grows without doubling and moving, and
    // write() gives back each claim's room as the graph takes it, so a huge
    // article never holds its claims twice over.
    std::deque<pending_claim> claims;
    std::vector<pending_relation> relations;
    std::vector<actor_id> ids;
    std::vector<bool> speaks;  // per local actor: speaks in a claim
    std::vector<std::uint32_t> order;  // relations by (subject, object)
    std::vector<bool> repeat;          // ... and which repeat an earlier one
    std::vector<std::pair<int, int>> interviews;  // (speaker, outlet): "X spoke to the AP"
    std::vector<int> outlet_of;                   // per local actor: the first of those outlets
    std::size_t unnamed_from = 0;                 // claims before it were given an outlet already
    // The first of the claims at the end whose quotation runs on into the
    // next paragraph with no speaker of its own: the speaker of the
    // attribution that closes it there is theirs. npos for none.
    std::size_t open_quote_from = npos;

    // (The claims' deque is empty after write(), its blocks given back.)
    void trim() noexcept { release_large(relations, ids, speaks, order, repeat, interviews, outlet_of); }
  };

  // One per article, over its text; `work` may be null for own buffers.
  assembly(std::string_view text, buffers* work)
      : t_(text), own_(work != nullptr ? nullptr : std::make_unique<buffers>()), b_(work != nullptr ? *work : *own_) {
    b_.claims.clear();
    b_.relations.clear();
    b_.interviews.clear();
    b_.unnamed_from = 0;
    b_.open_quote_from = npos;
  }

  // The relations and claims of paragraph `p`, once `r` has resolved it.
  void add(const paragraph_scan& p, const std::vector<mention>& ms, const std::vector<relation_hit>& rels,
           const std::vector<attribution>& atts, resolution& r) {
    for (const relation_hit& h : rels) {
      const int s = r.actor_of(h.subject), o = r.actor_of(h.object);
      if (s < 0 || o < 0 || s == o) continue;
      r.coref().add_role(s, h.label.of(t_));
      b_.relations.push_back({s, o, h.pred, h.label, h.evidence, h.source_only});
    }
    interviews(p, ms, r);
    const bool headline = title_case(p);
    // A quotation left open by the paragraph before, and only its claims,
    // may be closed by this paragraph's first claim.
    std::size_t open_from = b_.open_quote_from;
    b_.open_quote_from = npos;
    std::size_t next_quote = 0;  // quotation_of's cursor: the claims come in text order
    for (std::size_t i = 0; i < atts.size(); ++i) {
      const attribution& a = atts[i];
      const int actor = r.speaker_of(i);
      const quotation* q = quotation_of(p, a, next_quote);
      // (An inherited quotation that runs on may wait for its speaker
      // there: the article's first quote, "“We began in winter. ...")
      const bool runs_on = a.inherit && q != nullptr && q->continued;
      if ((actor < 0 && !runs_on) || a.content.empty()) continue;
      if (a.nested && reports_itself(atts, i, actor, r)) continue;
      pending_claim c;
      c.content = a.content;
      c.cue = a.cue;
      c.kind = a.kind;
      c.rule = a.rule;
      c.weak = a.weak;
      c.speaker = actor;
      c.speaker_mention = a.speaker >= 0 ? ms[static_cast<std::size_t>(a.speaker)].span : text_span{};
      c.via = r.actor_of(a.via);
      // "“...,” Kang told Reuters. “...”": a quote that continues the
      // speaker without a cue of its own keeps the channel too, and the
      // mention it was attributed through ("Kang"), which is where a reader
      // looks to see who speaks.
      // A continuing cue ("X told Reuters ... he added") keeps the channel
      // as well: the same interview.
      if (!b_.claims.empty() && b_.claims.back().speaker == actor && (a.cue.empty() || a.continues)) {
        const pending_claim& prev = b_.claims.back();
        if (c.via < 0) c.via = prev.via;
        if (a.cue.empty() && c.speaker_mention.empty()) c.speaker_mention = prev.speaker_mention;
      }
      for (std::size_t j = first_at(ms, a.content_first); j < ms.size() && ms[j].first < a.content_last; ++j) {
        const mention& m = ms[j];
        if (m.last > a.content_last || r.actor_of(static_cast<int>(j)) < 0) continue;
        if (m.type != mention_type::name) {
          // A definite description resolved to a named actor ("the city",
          // "the commission") is about that actor.
          const int x = r.actor_of(static_cast<int>(j));
          // (Named, or a place the article is filed from: "the city" of
          // its dateline. Not a description's own actor: "the previous
          // administration".)
          const std::string& xn = r.coref().actors()[static_cast<std::size_t>(x)].name;
          const bool proper = r.has_name(x) || (r.named(x) && !xn.empty() && is_ascii_upper(xn[0]));
          if (!referring(m) || x == actor || !proper || names_country(ms, j)) continue;
          c.about.push_back(x);
          continue;
        }
        // The speaker's own mention inside the span ("The launch, Norvik
        // said, was its biggest") is not what the claim is about.
        if (static_cast<int>(j) == a.speaker) continue;
        // In a title-case headline every word looks like a name: only
        // the names the lexicon knows are trusted there.
        if (headline && !m.is(mf_lexicon)) continue;
        c.about.push_back(r.actor_of(organization_around(ms, j, a.content_last, r)));
      }
      // "“We began in winter. The steel came late." left open, then "“But
      // the crews worked nights,” said Lena Dahl": a quote over several
      // paragraphs is the speaker's who closes it, each paragraph a claim
      // with the closing cue (the first speaker guess, the one before,
      // was only inherited).
      if (open_from != npos) {
        if (q != nullptr && q->continuation && !a.inherit)
          for (std::size_t k = open_from; k < b_.claims.size(); ++k) {
            pending_claim& o = b_.claims[k];
            o.speaker = c.speaker;
            o.speaker_mention = c.speaker_mention;
            o.cue = c.cue;
            o.via = c.via;
          }
        if (q == nullptr || !q->continuation || !a.inherit) {
          drop_unspoken(open_from);
          open_from = npos;
        }
      }
      b_.claims.push_back(std::move(c));
      if (runs_on)
        b_.open_quote_from = open_from != npos ? open_from : b_.claims.size() - 1;
      else
        b_.open_quote_from = npos;
      open_from = npos;
    }
    // A paragraph without a claim closes no quotation left open.
    if (open_from != npos) drop_unspoken(open_from);
  }

  // The claims from `from` on still waiting for a speaker never got one.
  void drop_unspoken(std::size_t from) {
    if (from > b_.claims.size()) return;
    b_.claims.erase(std::remove_if(b_.claims.begin() + static_cast<std::ptrdiff_t>(from), b_.claims.end(),
                                   [](const pending_claim& c) { return c.speaker < 0; }),
                    b_.claims.end());
  }

  // The double quotation that holds attribution `a`'s content, or null.
  // The attributions come in text order, as the double quotations do
  // (first in p.quotes), so `from` only moves on: one pass per paragraph,
  // however many quotes and claims it has.
  static const quotation* quotation_of(const paragraph_scan& p, const attribution& a, std::size_t& from) noexcept {
    while (from < p.quotes.size() && !p.quotes[from].single && p.quotes[from].last <= a.content_first) ++from;
    if (from >= p.quotes.size() || p.quotes[from].single) return nullptr;
    const quotation& q = p.quotes[from];
    return q.first <= a.content_first && a.content_last <= q.last + 1 ? &q : nullptr;
  }

  // "X spoke to Reuters", "X, who talked with the BBC": the speaker and the
  // outlet, recorded for write().
  void interviews(const paragraph_scan& p, const std::vector<mention>& ms, resolution& r) {
    const auto& tk = p.tokens;
    auto word = [&](std::uint32_t k) { return tk[k].kind == token_kind::word ? tk[k].span().of(t_) : std::string_view{}; };
    for (std::uint32_t k = 1; k + 2 < tk.size(); ++k) {
      // Every token passes here: the cheap tests first (the verbs are of
      // five to eight letters and start with "s" or "t"). Done by lookups
      // alone, this pass cost about 2.7% of the extraction's CPU time.
      const token& v = tk[k];
      const std::uint32_t len = v.end - v.begin;
      if (v.kind != token_kind::word || len < 5 || len > 8) continue;
      const char c0 = t_[v.begin];
      if (c0 != 's' && c0 != 't' && c0 != 'S' && c0 != 'T') continue;
      if (v.is(tf_in_quote) || !in_list(interview_verb_words, word(k))) continue;
      if (!iequals(word(k + 1), "to") && !iequals(word(k + 1), "with")) continue;
      // The outlet: the mention at k + 2 ("The Associated Press") or after "the".
      std::size_t j = first_at(ms, k + 2);
      if (j < ms.size() && ms[j].first != k + 2 && iequals(word(k + 2), "the")) j = first_at(ms, k + 3);
      if (j >= ms.size() || ms[j].first > k + 3 || ms[j].kind != actor_kind::media) continue;
      const int outlet = r.actor_of(static_cast<int>(j));
      // The speaker: the mention that ends right before, over a relative
      // pronoun, a comma and an adverb (", who also spoke to").
      std::uint32_t e = k;
      for (int hops = 0; hops < 3 && e > 0; ++hops) {
        const bool skip = tk[e - 1].kind == token_kind::word
                              ? (p.info(e - 1).vocab & (vc_is_relative | vc_is_adverb_or_aux)) != 0
                              : tk[e - 1].kind == token_kind::punct && t_[tk[e - 1].begin] == ',';
        if (!skip) break;
        --e;
      }
      int who = -1;
      bool plural = false;
      for (std::size_t m = first_at(ms, e > 8 ? e - 8 : 0); m < ms.size() && ms[m].first < e; ++m)
        if (ms[m].last == e && !ms[m].is(mf_modifier)) {
          who = r.actor_of(static_cast<int>(m));
          plural = ms[m].is(mf_plural) || ms[m].pronoun == pronoun_kind::they;
        }
      // "Both officials spoke to the AP on condition of anonymity": the
      // unnamed people quoted so far, whichever actors they resolved to.
      bool anonymity = false;
      for (std::uint32_t q = k + 3; q < tk.size() && q < k + 12; ++q) anonymity = anonymity || iequals(word(q), "anonymity");
      if (who >= 0 && plural && anonymity && outlet >= 0) {
        // (Each claim is looked at once: a later such sentence covers the
        // claims since the last, so many of them stay linear.)
        const auto& actors = r.coref().actors();
        for (std::size_t ci = b_.unnamed_from; ci < b_.claims.size(); ++ci) {
          pending_claim& c = b_.claims[ci];
          if (c.speaker < 0) continue;  // a quotation still open, its speaker to come
          const local_actor& x = actors[static_cast<std::size_t>(c.speaker)];
          if (c.via < 0 && x.anonymous && x.kind == actor_kind::person) c.via = outlet;
        }
        b_.unnamed_from = b_.claims.size();
        continue;
      }
      if (who >= 0 && outlet >= 0 && who != outlet) b_.interviews.emplace_back(who, outlet);
    }
  }

  // "the commission", "the city", "the company": a description with "the"
  // of a body, which coreference may take back to the body's name.
  // (Pronouns are left out: in the content they are as often the
  // speaker's own "they" as someone else; measured, they cost about.)
  bool referring(const mention& m) const noexcept {
    if (m.type != mention_type::nominal || m.is(mf_modifier) || m.is(mf_anonymous)) return false;
    if (m.kind != actor_kind::organization && m.kind != actor_kind::country && m.kind != actor_kind::media) return false;
    const std::string_view sp = m.span.of(t_);
    return sp.size() > 4 && iequals(sp.substr(0, 4), "the ");
  }

  // Nominal `j` has a country inside ("the Norwegian government"): the
  // country, a mention of its own, stands for it.
  static bool names_country(const std::vector<mention>& ms, std::size_t j) noexcept {
    for (std::size_t k = j + 1; k < ms.size() && ms[k].first < ms[j].last; ++k)
      if (ms[k].kind == actor_kind::country && ms[k].last <= ms[j].last) return true;
    return false;
  }

  // A region's name inside an organization's noun phrase in the content
  // ("the Queensland government", "Ohio officials" are not the state): the
  // phrase's mention `k`, where it resolved to an actor; else `j`. (A
  // country stands for its government: "the Norwegian government" is Norway.)
  static int organization_around(const std::vector<mention>& ms, std::size_t j, std::uint32_t content_last,
                                 resolution& r) {
    const mention& m = ms[j];
    if (m.kind != actor_kind::location) return static_cast<int>(j);
    // Mentions are sorted outer first: the phrase comes right before.
    for (std::size_t k = j; k-- > 0 && ms[k].last >= m.last;)
      if (ms[k].type == mention_type::nominal && ms[k].kind == actor_kind::organization && ms[k].last <= content_last &&
          r.actor_of(static_cast<int>(k)) >= 0)
        return static_cast<int>(k);
    return static_cast<int>(j);
  }

  // Nested claim `i` whose speaker resolved to the speaker of the claim
  // around it ("Ruiz said the mayor had told her": "the mayor" taken for
  // Ruiz) repeats that claim; it is dropped.
  static bool reports_itself(const std::vector<attribution>& atts, std::size_t i, int actor, const resolution& r) {
    const attribution& a = atts[i];
    for (std::size_t j = 0; j < atts.size(); ++j)
      if (j != i && atts[j].content_first <= a.content_first && a.content_last <= atts[j].content_last &&
          r.speaker_of(j) == actor)
        return true;
    return false;
  }

  // After the last paragraph: speakers known only by a role take the
  // named holder of that role, and a claim is about only actors the article
  // uses as names. Then the claims, relations and the actors they use go
  // into `g` as article `art`.
  template <class Graph>
  void write(Graph& g, article_id art, resolution& r) {
    std::vector<local_actor>& actors = r.coref().actors();
    if (b_.open_quote_from != npos) drop_unspoken(b_.open_quote_from);
    b_.open_quote_from = npos;
    role_speaker::apply(t_, actors, b_.claims);
    // A weak speaker ("Lind:" in a headline) stands only if the article
    // names it elsewhere ("Ann Lind said ...").
    b_.claims.erase(std::remove_if(b_.claims.begin(), b_.claims.end(),
                                   [&](const pending_claim& c) { return c.weak && !r.named(c.speaker); }),
                    b_.claims.end());
    auto use = [&](int a) {
      if (a >= 0) actors[static_cast<std::size_t>(a)].used = true;
    };
    // "Both officials spoke to The Associated Press on condition of
    // anonymity": the outlet is the channel of the speaker's claims that
    // name none of their own.
    if (!b_.interviews.empty()) {
      std::vector<int>& outlet_of = b_.outlet_of;  // the first outlet each speaker spoke to
      outlet_of.assign(actors.size(), -1);
      for (const auto& [who, outlet] : b_.interviews)
        if (outlet_of[static_cast<std::size_t>(who)] < 0) outlet_of[static_cast<std::size_t>(who)] = outlet;
      for (pending_claim& c : b_.claims)
        if (c.via < 0) c.via = outlet_of[static_cast<std::size_t>(c.speaker)];
    }
    for (pending_claim& c : b_.claims) {
      c.about.erase(std::remove_if(c.about.begin(), c.about.end(), [&](int a) { return !r.named(a); }), c.about.end());
      use(c.speaker);
      use(c.via);
      for (int a : c.about) use(a);
    }
    // An unnamed source's body is stated only for a source that speaks.
    std::vector<bool>& speaks = b_.speaks;
    speaks.assign(actors.size(), false);
    for (const pending_claim& c : b_.claims) speaks[static_cast<std::size_t>(c.speaker)] = true;
    b_.relations.erase(std::remove_if(b_.relations.begin(), b_.relations.end(),
                                      [&](const pending_relation& x) {
                                        return x.source_only && !speaks[static_cast<std::size_t>(x.subject)];
                                      }),
                       b_.relations.end());
    // A relation stated in several paragraphs is one relation: the first
    // statement stands.
    keep_first_of_each_pair(b_.relations, b_.order, b_.repeat);
    for (const pending_relation& x : b_.relations) use(x.subject), use(x.object);
    // A graph that holds nothing yet gets its room at once: growing by
    // doubling would reach up to twice the claims, and hold the old array
    // beside the new one while it moves (a huge article's peak memory).
    if (g.claim_count() == 0 && g.relation_count() == 0 && g.actor_count() == 0) {
      const std::size_t used = static_cast<std::size_t>(
          std::count_if(actors.begin(), actors.end(), [](const local_actor& x) { return x.used; }));
      g.reserve(g.article_count(), used, b_.claims.size(), b_.relations.size());
    }
    std::vector<actor_id>& ids = b_.ids;
    ids.assign(actors.size(), actor_id{});
    for (std::size_t i = 0; i < actors.size(); ++i) {
      local_actor& x = actors[i];
      if (!x.used) continue;
      typename Graph::actor_type a;
      a.name = std::move(x.name);  // the local actors are not read again
      a.kind = x.kind;
      a.aliases = std::move(x.aliases);
      a.anonymous = x.anonymous;
      ids[i] = g.add_actor(std::move(a));
    }
    auto id = [&](int a) { return ids[static_cast<std::size_t>(a)]; };
    for (; !b_.claims.empty(); b_.claims.pop_front()) {
      const pending_claim& c = b_.claims.front();
      typename Graph::claim_type gc;
      gc.article = art;
      gc.speaker = id(c.speaker);
      if (c.via >= 0 && c.via != c.speaker) gc.via = id(c.via);
      gc.kind = c.kind;
      gc.rule = c.rule;
      gc.content = c.content;
      gc.cue = c.cue;
      gc.speaker_mention = c.speaker_mention;
      for (int a : c.about) gc.about.push_back(id(a));
      g.add_claim(std::move(gc));
    }
    for (const pending_relation& x : b_.relations) {
      relation rel;
      rel.article = art;
      rel.subject = id(x.subject);
      rel.object = id(x.object);
      // "Hollis's lawyer, Martin Greaves": a person is no body to be a
      // member of; the role ties two people.
      rel.predicate = x.pred == predicate::member && actors[static_cast<std::size_t>(x.object)].kind == actor_kind::person
                          ? predicate::other
                          : x.pred;
      rel.label = std::string(x.label.of(t_));
      rel.evidence = x.evidence;
      g.add_relation(std::move(rel));
    }
  }

 private:
  std::string_view t_;
  std::unique_ptr<buffers> own_;
  buffers& b_;
};

}  // namespace whosaid::detail
