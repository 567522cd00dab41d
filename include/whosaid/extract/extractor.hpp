// The extractor: the pipeline from an article's text to a graph, and the
// public API.
//
//   text_scanner -> mention_finder -> relation_finder -> attribution_finder
//                -> coreference -> graph
//
// The pipeline works one paragraph at a time with buffers reused across
// paragraphs, so memory follows the longest paragraph plus the output.
// extract() is const and keeps no state between calls: one extractor can
// serve many threads. It never throws on the text; an article too large for
// 32-bit spans gives an empty graph.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail/work_buffers.hpp"
#include "../graph.hpp"
#include "attribution.hpp"
#include "coreference.hpp"
#include "dateline.hpp"
#include "lexicon.hpp"
#include "mentions.hpp"
#include "relations.hpp"
#include "text_scanner.hpp"

namespace whosaid {

class extractor {
 public:
  extractor() : lex_(whosaid::lexicon::builtin()) {}
  explicit extractor(whosaid::lexicon lex) : lex_(std::move(lex)) {}

  whosaid::lexicon& lexicon() noexcept { return lex_; }
  const whosaid::lexicon& lexicon() const noexcept { return lex_; }

  // One article into a fresh graph.
  template <class Graph = graph>
  Graph extract(typename Graph::article_type article) const {
    Graph g;
    if (article.text.size() >= 0xFFFFFFFFull) return g;
    try {
      article_id id = g.add_article(std::move(article));
      run(g, id);
    } catch (...) {
      // Only allocation failure can get here; the graph may be partial but
      // stays consistent (every add_* checks its input).
    }
    return g;
  }

  // Plain text into a fresh graph.
  graph extract(std::string_view text) const {
    graph::article_type a;
    a.text.assign(text.data(), text.size());
    return extract<graph>(std::move(a));
  }

  // Extracts one article and merges it into `g`; returns its id there.
  template <class... P>
  article_id extract_into(basic_graph<P...>& g, typename basic_graph<P...>::article_type article) const {
    basic_graph<P...> one = extract<basic_graph<P...>>(std::move(article));
    if (one.article_count() == 0) return article_id{};
    merge_map m = g.merge(std::move(one));
    return m.articles.empty() ? article_id{} : m.articles.front();
  }

 private:
  struct pending_claim {
    text_span content, cue, speaker_mention;
    claim_kind kind = claim_kind::indirect;
    attribution_rule rule = attribution_rule::none;
    int speaker = -1, via = -1;
    std::vector<int> about;
  };
  // A name seen only as one unknown capitalized word opening a sentence
  // ("Governments can ...", "Nobody has ...") may be a common word; it is an
  // about-actor only once the article uses it as a name elsewhere.
  // `sentence_of` maps each token to its sentence.
  static bool weak_name(const detail::paragraph_scan& p, std::string_view t, const detail::mention& m,
                        const std::vector<int>& sentence_of) {
    if (m.type != detail::mention_type::name || m.last != m.first + 1 || m.is(detail::mf_lexicon) ||
        m.is(detail::mf_titled) || m.kind != actor_kind::unknown)
      return false;
    if (m.first == 0) return true;
    const int si = sentence_of[m.first];
    if (si >= 0 && p.sentences[static_cast<std::size_t>(si)].first == m.first) return true;
    const detail::token& prev = p.tokens[m.first - 1];
    if (prev.kind == detail::token_kind::open_quote) return true;
    if (prev.kind != detail::token_kind::punct) return false;
    char c = t[prev.begin];
    return c == '.' || c == '!' || c == '?' || c == ':';
  }
  // A paragraph in title case ("Ferry Fares Will Double by Spring"): after
  // its first word, every word is capitalized but for short function words,
  // and there are a few.
  static bool title_case(const detail::paragraph_scan& p) {
    std::size_t words = 0, capitalized = 0;
    bool first = true;
    for (std::uint32_t k = 0; k < p.tokens.size(); ++k) {
      const detail::token& t = p.tokens[k];
      if (t.kind != detail::token_kind::word) continue;
      if (first) {
        first = false;
        continue;
      }
      ++words;
      if (t.is(detail::tf_capitalized) || t.is(detail::tf_digit)) ++capitalized;
      else if ((p.info(k).vocab & detail::vc_is_function_word) == 0) return false;
    }
    return words >= 3 && capitalized >= 2;
  }

  struct pending_relation {
    int subject, object;
    predicate pred;
    text_span label, evidence;
  };

  // Everything run() needs besides the graph, kept per thread across
  // articles (see run()).
  struct workspace {
    detail::word_cache words;
    detail::paragraph_scan p;
    detail::mention_finder::buffers mention_work;
    detail::attribution_finder::buffers attribution_work;
    std::vector<detail::mention> ms;
    std::vector<detail::relation_hit> rels;
    std::vector<detail::attribution> atts;
    std::vector<int> actor_of, sentence_of, speaker_actor;
    std::vector<pending_claim> claims;
    std::vector<pending_relation> out_rels;
    std::vector<std::uint8_t> named, subject_seen;
    std::vector<std::size_t> order;
    bool busy = false;

    // The per-article state starts empty (the per-paragraph buffers are
    // cleared by their users).
    void start() {
      claims.clear();
      out_rels.clear();
      named.clear();
    }
    // Buffers grown by a paragraph far longer than news has (hostile or
    // unsplit text) are given back after the article.
    void trim() noexcept {
      detail::release_large(p.tokens, p.words, p.quotes, p.sentences, ms, rels, atts, actor_of, sentence_of,
                            speaker_actor, claims, out_rels, named, subject_seen, order);
      mention_work.trim();
      attribution_work.trim();
    }
  };

  // One set per thread, whatever the graph type (see run()). Bounded: the
  // word cache holds at most word_cache::max_words words (a few megabytes);
  // the other buffers are trimmed after each article.
  static workspace& thread_workspace() {
    static thread_local workspace ws;
    return ws;
  }

  template <class Graph>
  void run(Graph& g, article_id art) const {
    const std::string& text = g[art].text;
    std::string_view t(text);
    // The work buffers outlive the article: one set per thread, so that a
    // const extractor stays safe to share, reused from article to article
    // (the word cache keeps its own copies of the words). A set is idle
    // unless a run on its thread is under way; a nested run (from a
    // payload's constructor, say) would find it busy and take a fresh one.
    workspace& thread_ws = thread_workspace();
    std::unique_ptr<workspace> own_ws;
    workspace* wsp = &thread_ws;
    if (thread_ws.busy) {
      own_ws = std::make_unique<workspace>();
      wsp = own_ws.get();
    }
    workspace& ws = *wsp;
    struct release {
      workspace& w;
      ~release() {
        w.trim();
        w.busy = false;
      }
    } guard{ws};
    ws.busy = true;
    ws.start();
    detail::text_scanner scanner(t, lex_, &ws.words);
    detail::mention_finder mentions(t, lex_, &ws.mention_work);
    detail::relation_finder relations(t);
    detail::attribution_finder attributions(t, lex_, &ws.attribution_work);
    detail::coreference coref(t);

    detail::paragraph_scan& p = ws.p;
    std::vector<detail::mention>& ms = ws.ms;
    std::vector<detail::relation_hit>& rels = ws.rels;
    std::vector<detail::attribution>& atts = ws.atts;
    std::vector<int>& actor_of = ws.actor_of;
    std::vector<int>& sentence_of = ws.sentence_of;
    std::vector<pending_claim>& claims = ws.claims;
    std::vector<pending_relation>& out_rels = ws.out_rels;
    std::vector<std::uint8_t>& named = ws.named;  // per actor: used as a name, not only as a weak one
    std::vector<std::uint8_t>& subject_seen = ws.subject_seen;  // per sentence: its subject is known
    std::vector<std::size_t>& order = ws.order;                 // attributions by where their speaker is known
    std::vector<int>& speaker_actor = ws.speaker_actor;          // per attribution
    detail::speaker_memory memory;  // who speaks the quotes that inherit a speaker

    while (scanner.next(p)) {
      // A wire dateline is neither content nor speaker.
      if (p.index == 0) detail::drop_leading_tokens(p, detail::dateline_length(t, p));
      mentions.find(p, ms);
      relations.find(p, ms, rels);
      const detail::attribution_state left = attributions.find(p, ms, atts);

      // Resolve mentions and attributions in text order.
      actor_of.assign(ms.size(), -1);
      sentence_of.assign(p.tokens.size() + 1, -1);
      for (std::size_t si = 0; si < p.sentences.size(); ++si)
        for (std::uint32_t k = p.sentences[si].first; k < p.sentences[si].last; ++k) sentence_of[k] = static_cast<int>(si);
      subject_seen.assign(p.sentences.size(), 0);
      std::size_t ai = 0;
      auto position = [&](const detail::attribution& a) -> std::uint32_t {
        if (a.speaker >= 0) return ms[static_cast<std::size_t>(a.speaker)].last;
        return a.content_first;
      };
      // Attributions sorted by where their speaker is known.
      order.resize(atts.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t x, std::size_t y) { return position(atts[x]) < position(atts[y]); });
      speaker_actor.assign(atts.size(), -1);
      auto do_attribution = [&](std::size_t idx) {
        const detail::attribution& a = atts[idx];
        int actor = -1;
        if (a.inherit) {
          actor = memory.resolve(p.index, coref.last_speaker());
        } else if (a.speaker >= 0) {
          actor = actor_of[static_cast<std::size_t>(a.speaker)];
        }
        speaker_actor[idx] = actor;
        if (actor >= 0) {
          coref.note_speaker(actor);
          memory.spoke(p.index);
        }
      };
      for (std::size_t i = 0; i < ms.size(); ++i) {
        while (ai < order.size() && position(atts[order[ai]]) <= ms[i].first) do_attribution(order[ai++]);
        const detail::mention& m = ms[i];
        actor_of[i] = coref.resolve(p, m);
        if (actor_of[i] >= 0 && !weak_name(p, t, m, sentence_of)) {
          if (named.size() <= static_cast<std::size_t>(actor_of[i])) named.resize(static_cast<std::size_t>(actor_of[i]) + 1, 0);
          named[static_cast<std::size_t>(actor_of[i])] = 1;
        }
        int si = sentence_of[m.first];
        // A sentence's subject opens it (after an introductory phrase).
        bool opens = false;
        if (si >= 0) {
          std::uint32_t b = p.sentences[static_cast<std::size_t>(si)].first;
          opens = m.first == b || (m.first > b && p.tokens[m.first - 1].kind == detail::token_kind::punct &&
                                   t[p.tokens[m.first - 1].begin] == ',');
          for (std::uint32_t k = b; k < m.first && !opens; ++k) {
            if (k - b > 3) break;
            if ((p.info(k).vocab & (detail::vc_is_function_word | detail::vc_is_calendar_word)) == 0) break;
            if (k + 1 == m.first) opens = true;
          }
        }
        if (opens && !subject_seen[static_cast<std::size_t>(si)] && !m.is(detail::mf_in_quote) &&
            !m.is(detail::mf_modifier) && !m.is(detail::mf_possessive) && actor_of[i] >= 0 &&
            m.type != detail::mention_type::pronoun) {
          subject_seen[static_cast<std::size_t>(si)] = 1;
          coref.note_subject(actor_of[i]);
        }
      }
      while (ai < order.size()) do_attribution(order[ai++]);
      memory.forget_introduction();

      for (const auto& r : rels) {
        int s = actor_of[static_cast<std::size_t>(r.subject)];
        int o = actor_of[static_cast<std::size_t>(r.object)];
        if (s < 0 || o < 0 || s == o) continue;
        coref.add_role(s, r.label.of(t));
        out_rels.push_back({s, o, r.pred, r.label, r.evidence});
      }
      const bool headline = title_case(p);
      for (std::size_t i = 0; i < atts.size(); ++i) {
        const detail::attribution& a = atts[i];
        int actor = speaker_actor[i];
        if (actor < 0 || a.content.empty()) continue;
        pending_claim c;
        c.content = a.content;
        c.cue = a.cue;
        c.kind = a.kind;
        c.rule = a.rule;
        c.speaker = actor;
        c.speaker_mention = a.speaker >= 0 ? ms[static_cast<std::size_t>(a.speaker)].span : text_span{};
        c.via = a.via >= 0 ? actor_of[static_cast<std::size_t>(a.via)] : -1;
        // "“...,” Kang told Reuters. “...”": a quote that continues the
        // speaker without a cue of its own keeps the channel too.
        if (c.via < 0 && a.cue.empty() && !claims.empty() && claims.back().speaker == actor)
          c.via = claims.back().via;
        for (std::size_t j = detail::first_at(ms, a.content_first);
             j < ms.size() && ms[j].first < a.content_last; ++j) {
          const detail::mention& m = ms[j];
          if (m.last > a.content_last) continue;
          if (m.type != detail::mention_type::name || actor_of[j] < 0) continue;
          // The speaker's own mention inside the span ("The launch, Norvik
          // said, was its biggest") is not what the claim is about.
          if (static_cast<int>(j) == a.speaker) continue;
          // In a title-case headline every word looks like a name: only
          // the names the lexicon knows are trusted there.
          if (headline && !m.is(detail::mf_lexicon)) continue;
          c.about.push_back(actor_of[j]);
        }
        claims.push_back(std::move(c));
      }
      if (left.intro_speaker >= 0) memory.introduce(actor_of[static_cast<std::size_t>(left.intro_speaker)]);
    }

    detail::role_speaker::apply(t, coref.actors(), claims);

    // Into the graph: the actors that claims and relations use.
    auto& actors = coref.actors();
    auto use = [&](int a) {
      if (a >= 0) actors[static_cast<std::size_t>(a)].used = true;
    };
    auto is_named = [&](int a) { return static_cast<std::size_t>(a) < named.size() && named[static_cast<std::size_t>(a)]; };
    for (auto& c : claims) {
      c.about.erase(std::remove_if(c.about.begin(), c.about.end(), [&](int a) { return !is_named(a); }), c.about.end());
      use(c.speaker);
      use(c.via);
      for (int a : c.about) use(a);
    }
    for (const auto& r : out_rels) use(r.subject), use(r.object);
    std::vector<actor_id> ids(actors.size());
    for (std::size_t i = 0; i < actors.size(); ++i) {
      auto& x = actors[i];
      if (!x.used) continue;
      typename Graph::actor_type a;
      a.name = std::move(x.name);  // the local actors are not read again
      a.kind = x.kind;
      a.aliases = std::move(x.aliases);
      a.anonymous = x.anonymous;
      ids[i] = g.add_actor(std::move(a));
    }
    for (auto& c : claims) {
      typename Graph::claim_type gc;
      gc.article = art;
      gc.speaker = ids[static_cast<std::size_t>(c.speaker)];
      if (c.via >= 0 && c.via != c.speaker) gc.via = ids[static_cast<std::size_t>(c.via)];
      gc.kind = c.kind;
      gc.rule = c.rule;
      gc.content = c.content;
      gc.cue = c.cue;
      gc.speaker_mention = c.speaker_mention;
      for (int a : c.about) gc.about.push_back(ids[static_cast<std::size_t>(a)]);
      g.add_claim(std::move(gc));
    }
    for (const auto& r : out_rels) {
      relation rel;
      rel.article = art;
      rel.subject = ids[static_cast<std::size_t>(r.subject)];
      rel.object = ids[static_cast<std::size_t>(r.object)];
      rel.predicate = r.pred;
      rel.label = std::string(r.label.of(t));
      rel.evidence = r.evidence;
      g.add_relation(std::move(rel));
    }
  }

  whosaid::lexicon lex_;
};

namespace detail {
inline const extractor& builtin_extractor() {
  static const extractor x;
  return x;
}
}  // namespace detail

// One article into a fresh graph, with the built-in lexicon.
template <class Graph = graph>
Graph extract(typename Graph::article_type article) {
  return detail::builtin_extractor().extract<Graph>(std::move(article));
}

// Plain text into a fresh graph.
inline graph extract(std::string_view text) { return detail::builtin_extractor().extract(text); }

// The sentences of a text as the extractor splits them (paragraphs,
// abbreviations such as "Mr." and "U.S.", quotations kept whole), as byte
// spans in text order: for showing a claim in its sentence.
inline std::vector<text_span> sentence_spans(std::string_view text) {
  std::vector<text_span> out;
  if (text.size() >= 0xFFFFFFFFull) return out;
  detail::text_scanner scanner(text);
  detail::paragraph_scan p;
  while (scanner.next(p))
    for (const detail::sentence& s : p.sentences)
      if (s.last > s.first) out.push_back({p.tokens[s.first].begin, p.tokens[s.last - 1].end});
  return out;
}

}  // namespace whosaid
