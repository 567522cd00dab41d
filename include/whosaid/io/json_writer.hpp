// JSON output. Two shapes:
//
//  - the article document, what `whosaid extract --format json` prints and
//    the corpus scorer reads: the actors one article's claims and relations
//    use, numbered "a1", "a2", ... for that document, and claims with their
//    content, cue and spans:
//      write_article_json(out, g, article_id)
//  - the graph document, everything needed to rebuild the graph exactly
//    (read it back with <whosaid/io/json_reader.hpp>):
//      write_graph_json(out, g)            the whole graph
//      write_graph_json(out, g, article)   one article's part of it, ids renumbered
//
// Graph document:
//   {"format": "whosaid-graph", "version": 1,
//    "articles":  [{"id": 0, "key", "headline", "outlet", "url", "published", "text"}],
//    "actors":    [{"id": 0, "name", "kind", "aliases": [...], "anonymous": false}],
//    "claims":    [{"id": 0, "article": 0, "speaker": 0, "via": 3 or null,
//                   "kind", "about": [1, 2], "content", "cue",
//                   "span": [b, e], "cue_span": [b, e], "speaker_span": [b, e]}],
//    "relations": [{"id": 0, "article": 0, "subject": 0, "predicate": "role",
//                   "object": 1, "label", "span": [b, e]}]}
// Spans are UTF-8 byte offsets [begin, end) into the article's text. A
// claim's "content" and "cue" repeat the text its spans cover, so a reader
// that does not want to slice bytes (Python strings count code points) has
// it at hand; the reader trusts the spans. Text that is not valid UTF-8 is
// written with U+FFFD in place of each invalid sequence, and the spans into
// it are moved to match, so they still cover the same characters.
//
// `out` is an output iterator over char (the iterator past the output is
// returned) or a std::string to append to. Strings are escaped so the output
// is always valid JSON: invalid UTF-8 in the input becomes U+FFFD. Payloads
// are not written.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../graph.hpp"
#include "../kinds.hpp"
#include "detail/json_escape.hpp"
#include "detail/sink.hpp"
#include "detail/utf8.hpp"

namespace whosaid {

// How the JSON writers lay their output out. The default, compact, puts a
// document on one line, as JSON Lines needs; an indent of 2 or 4 is for
// people.
struct json_style {
  unsigned indent = 0;
};

namespace detail {

// The actors an article's claims and relations refer to, sorted by id, so an
// actor's number in the article's document is its position here.
template <class Graph>
std::vector<actor_id> actors_used_in(const Graph& g, article_id art) {
  std::vector<actor_id> used;
  for (claim_id c : g.claims_in(art)) {
    const auto& cl = g[c];
    used.push_back(cl.speaker);
    if (cl.via.valid()) used.push_back(cl.via);
    used.insert(used.end(), cl.about.begin(), cl.about.end());
  }
  for (relation_id r : g.relations_in(art)) {
    used.push_back(g[r].subject);
    used.push_back(g[r].object);
  }
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  return used;
}

inline std::size_t local_index(const std::vector<actor_id>& used, actor_id a) noexcept {
  return static_cast<std::size_t>(std::lower_bound(used.begin(), used.end(), a) - used.begin());
}

// The sieve that made a claim; null for a claim that no sieve made.
template <class Emitter>
void emit_rule(Emitter& em, attribution_rule r) {
  em.key("rule");
  if (r == attribution_rule::none)
    em.null();
  else
    em.value(to_string(r));
}

template <class Emitter>
void emit_span(Emitter& em, std::string_view key, text_span s) {
  em.key(key);
  em.begin_array(true);
  em.value(s.begin);
  em.value(s.end);
  em.end_array();
}

// A span as it lands in the text the document writes: the same, unless the
// text holds invalid UTF-8, which the document writes as U+FFFD.
template <class Emitter>
void emit_span(Emitter& em, std::string_view key, text_span s, const utf8_offset_map& map) {
  if (map.identity()) return emit_span(em, key, s);
  em.key(key);
  em.begin_array(true);
  em.value(map(s.begin));
  em.value(map(s.end));
  em.end_array();
}

// The offset maps of the articles whose text is not valid UTF-8; empty (the
// identity) for all others, which is all of them in text read by the tools.
template <class Graph, class Articles>
std::vector<utf8_offset_map> offset_maps(const Graph& g, const Articles& articles) {
  std::vector<utf8_offset_map> maps;
  std::size_t n = 0;
  for (article_id id : articles) {
    if (!is_valid_utf8(g[id].text)) {
      maps.resize(n + 1);
      maps[n] = utf8_offset_map(g[id].text);
    }
    ++n;
  }
  return maps;
}

template <class Emitter, class Actor>
void emit_actor_body(Emitter& em, const Actor& a) {
  em.member("name", std::string_view(a.name));
  em.member("kind", to_string(a.kind));
  em.key("aliases");
  em.begin_array(true);
  for (const std::string& s : a.aliases) em.value(std::string_view(s));
  em.end_array();
}

template <class Emitter, class Article>
void emit_article_header(Emitter& em, const Article& a) {
  em.member("headline", std::string_view(a.headline));
  em.member("outlet", std::string_view(a.outlet));
  em.member("url", std::string_view(a.url));
  em.member("published", std::string_view(a.published));
}

// The graph document over a selection: `articles`, `claims` and `relations`
// are id ranges, `actors` a sorted id vector, and the maps give each kept
// element its number in the document (identity for the whole graph).
template <class Emitter, class Graph, class Articles, class Actors, class Claims, class Relations, class ArticleNo,
          class ActorNo>
void emit_graph_document(Emitter& em, const Graph& g, const Articles& articles, const Actors& actors,
                         const Claims& claims, const Relations& relations, ArticleNo article_no, ActorNo actor_no) {
  // Indexed by an article's number in this document.
  const std::vector<utf8_offset_map> maps = offset_maps(g, articles);
  static const utf8_offset_map identity;
  auto map_of = [&](article_id a) -> const utf8_offset_map& {
    std::size_t i = article_no(a);
    return i < maps.size() ? maps[i] : identity;
  };
  em.begin_object();
  em.member("format", "whosaid-graph");
  em.member("version", 1);
  em.key("articles");
  em.begin_array();
  std::size_t n = 0;
  for (article_id id : articles) {
    const auto& a = g[id];
    em.begin_object();
    em.member("id", n++);
    em.member("key", std::string_view(a.key));
    emit_article_header(em, a);
    em.member("text", std::string_view(a.text));
    em.end_object();
  }
  em.end_array();
  em.key("actors");
  em.begin_array();
  n = 0;
  for (actor_id id : actors) {
    const auto& a = g[id];
    em.begin_object();
    em.member("id", n++);
    emit_actor_body(em, a);
    em.member("anonymous", a.anonymous);
    em.end_object();
  }
  em.end_array();
  em.key("claims");
  em.begin_array();
  n = 0;
  for (claim_id id : claims) {
    const auto& c = g[id];
    em.begin_object();
    em.member("id", n++);
    em.member("article", article_no(c.article));
    em.member("speaker", actor_no(c.speaker));
    em.key("via");
    if (c.via.valid())
      em.value(actor_no(c.via));
    else
      em.null();
    em.member("kind", to_string(c.kind));
    em.key("about");
    em.begin_array(true);
    for (actor_id a : c.about) em.value(actor_no(a));
    em.end_array();
    em.member("content", g.content(c));
    em.member("cue", g.cue(c));
    detail::emit_rule(em, c.rule);
    const utf8_offset_map& map = map_of(c.article);
    emit_span(em, "span", c.content, map);
    emit_span(em, "cue_span", c.cue, map);
    emit_span(em, "speaker_span", c.speaker_mention, map);
    em.end_object();
  }
  em.end_array();
  em.key("relations");
  em.begin_array();
  n = 0;
  for (relation_id id : relations) {
    const relation& r = g[id];
    em.begin_object();
    em.member("id", n++);
    em.member("article", article_no(r.article));
    em.member("subject", actor_no(r.subject));
    em.member("predicate", to_string(r.predicate));
    em.member("object", actor_no(r.object));
    em.member("label", std::string_view(r.label));
    emit_span(em, "span", r.evidence, map_of(r.article));
    em.end_object();
  }
  em.end_array();
  em.end_object();
}

// 0, 1, ..., n-1 as ids, for walking a whole graph without a copy of its ids.
template <class Id>
struct all_ids {
  std::size_t n;
  struct iterator {
    std::uint32_t i;
    Id operator*() const noexcept { return Id(i); }
    iterator& operator++() noexcept {
      ++i;
      return *this;
    }
    bool operator!=(const iterator& o) const noexcept { return i != o.i; }
  };
  iterator begin() const noexcept { return {0}; }
  iterator end() const noexcept { return {static_cast<std::uint32_t>(n)}; }
};

template <class Sink, class Graph>
void write_graph_json_to(Sink& s, const Graph& g, json_style style = {}) {
  json_emitter<Sink> em(s, style.indent);
  emit_graph_document(
      em, g, all_ids<article_id>{g.article_count()}, all_ids<actor_id>{g.actor_count()},
      all_ids<claim_id>{g.claim_count()}, all_ids<relation_id>{g.relation_count()},
      [](article_id a) { return a.value(); }, [](actor_id a) { return a.value(); });
}

template <class Sink, class Graph>
void write_graph_json_to(Sink& s, const Graph& g, article_id art, json_style style = {}) {
  json_emitter<Sink> em(s, style.indent);
  if (art.index() >= g.article_count()) throw not_found("no article with id " + std::to_string(art.value()));
  std::vector<actor_id> used = actors_used_in(g, art);
  article_id only[1] = {art};
  emit_graph_document(
      em, g, only, used, g.claims_in(art), g.relations_in(art), [](article_id) { return 0u; },
      [&](actor_id a) { return local_index(used, a); });
}

template <class Sink, class Graph>
void write_article_json_to(Sink& s, const Graph& g, article_id art, json_style style = {}) {
  const auto& article = g.at(art);
  std::vector<actor_id> used = actors_used_in(g, art);
  // "a1", "a2", ...: the scorer's convention, 1-based.
  auto ref = [&](actor_id a) { return "a" + std::to_string(local_index(used, a) + 1); };
  json_emitter<Sink> em(s, style.indent);
  em.begin_object();
  em.key("article");
  em.begin_object();
  em.key("id");
  if (article.key.empty())
    em.null();
  else
    em.value(std::string_view(article.key));
  emit_article_header(em, article);
  em.end_object();
  em.key("actors");
  em.begin_array();
  for (actor_id id : used) {
    const auto& a = g[id];
    em.begin_object();
    em.member("id", ref(id));
    emit_actor_body(em, a);
    if (a.anonymous) em.member("anonymous", true);
    em.end_object();
  }
  em.end_array();
  em.key("claims");
  em.begin_array();
  for (claim_id id : g.claims_in(art)) {
    const auto& c = g[id];
    em.begin_object();
    em.member("speaker", ref(c.speaker));
    em.member("content", g.content(c));
    em.member("kind", to_string(c.kind));
    em.member("cue", g.cue(c));
    detail::emit_rule(em, c.rule);
    em.key("via");
    if (c.via.valid())
      em.value(ref(c.via));
    else
      em.null();
    em.key("about");
    em.begin_array(true);
    for (actor_id a : c.about) em.value(ref(a));
    em.end_array();
    emit_span(em, "span", c.content);
    emit_span(em, "speaker_span", c.speaker_mention);
    em.end_object();
  }
  em.end_array();
  em.key("relations");
  em.begin_array();
  for (relation_id id : g.relations_in(art)) {
    const relation& r = g[id];
    em.begin_object();
    em.member("subject", ref(r.subject));
    em.member("predicate", to_string(r.predicate));
    em.member("object", ref(r.object));
    em.member("label", std::string_view(r.label));
    emit_span(em, "span", r.evidence);
    em.end_object();
  }
  em.end_array();
  em.end_object();
}

}  // namespace detail

// The whole graph as one JSON document.
template <class Out, class... P>
Out write_graph_json(Out out, const basic_graph<P...>& g, json_style style = {}) {
  detail::sink<Out> s(std::move(out));
  detail::write_graph_json_to(s, g, style);
  return s.result();
}
template <class... P>
void write_graph_json(std::string& out, const basic_graph<P...>& g, json_style style = {}) {
  detail::sink<std::string*> s(&out);
  detail::write_graph_json_to(s, g, style);
}

// One article's part of the graph as a graph document of its own: that
// article, the actors its claims and relations use, renumbered from 0. Throws
// whosaid::not_found for an article the graph does not hold.
template <class Out, class... P>
Out write_graph_json(Out out, const basic_graph<P...>& g, article_id article, json_style style = {}) {
  detail::sink<Out> s(std::move(out));
  detail::write_graph_json_to(s, g, article, style);
  return s.result();
}
template <class... P>
void write_graph_json(std::string& out, const basic_graph<P...>& g, article_id article, json_style style = {}) {
  detail::sink<std::string*> s(&out);
  detail::write_graph_json_to(s, g, article, style);
}

// The article document the scorer reads. Throws whosaid::not_found for an
// article the graph does not hold.
template <class Out, class... P>
Out write_article_json(Out out, const basic_graph<P...>& g, article_id article, json_style style = {}) {
  detail::sink<Out> s(std::move(out));
  detail::write_article_json_to(s, g, article, style);
  return s.result();
}
template <class... P>
void write_article_json(std::string& out, const basic_graph<P...>& g, article_id article, json_style style = {}) {
  detail::sink<std::string*> s(&out);
  detail::write_article_json_to(s, g, article, style);
}

}  // namespace whosaid
