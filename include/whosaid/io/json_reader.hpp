// JSON input, through nlohmann/json. This header is opt-in: it is the only
// one that needs nlohmann/json (link whosaid::json, or find nlohmann_json
// yourself), and nothing else in whosaid includes it.
//
//   read_graph_json(text)      a graph document (see json_writer.hpp) -> graph
//   read_graph_jsonl(text)     graph documents one per line, merged in order
//   read_article_json(text)    {"id", "headline", "outlet", "url", "published", "text"}
//   read_articles_jsonl(text)  such articles, one per line
//
// Everything that cannot be read throws whosaid::parse_error naming the line
// (1-based; for a one-line document, the line given by the caller) and what
// was wrong. The readers never trust the input: ids, spans and enumerations
// are checked before they reach the graph.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../article.hpp"
#include "../error.hpp"
#include "../graph.hpp"
#include "../kinds.hpp"

namespace whosaid {
namespace detail {

using json_value = nlohmann::json;

// Where a document sits in its input: the line of its first byte, for
// documents that are one line of a JSON Lines stream, and a label.
struct json_origin {
  std::size_t first_line = 1;
};

[[noreturn]] inline void json_fail(const json_origin& at, const std::string& what) {
  throw parse_error("line " + std::to_string(at.first_line) + ": " + what, at.first_line);
}

inline json_value parse_json_text(std::string_view text, const json_origin& at) {
  try {
    return json_value::parse(text.begin(), text.end());
  } catch (const json_value::parse_error& e) {
    // e.byte is the 1-based offset of the byte where parsing stopped.
    std::size_t end = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, text.size());
    std::size_t line = at.first_line;
    for (std::size_t i = 0; i < end; ++i)
      if (text[i] == '\n') ++line;
    std::string msg = e.what();
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix; keep its
    // description, which names the column and the offending token.
    if (auto p = msg.find("] "); p != std::string::npos) msg.erase(0, p + 2);
    throw parse_error("line " + std::to_string(line) + ": malformed JSON: " + msg, line);
  }
}

inline const json_value* find_member(const json_value& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

inline std::string where_in(const char* list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// A string member: missing or null reads as "".
inline std::string string_member(const json_value& obj, const char* key, const std::string& where,
                                 const json_origin& at) {
  const json_value* v = find_member(obj, key);
  if (!v || v->is_null()) return {};
  if (!v->is_string()) json_fail(at, where + ": \"" + key + "\" must be a string");
  return v->get<std::string>();
}

inline std::uint32_t index_value(const json_value& v, const std::string& what, std::size_t limit,
                                 const json_origin& at) {
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() >= limit)
    json_fail(at, what + " must be an index below " + std::to_string(limit));
  return static_cast<std::uint32_t>(v.get<std::uint64_t>());
}

inline std::uint32_t index_member(const json_value& obj, const char* key, const std::string& where,
                                  std::size_t limit, const json_origin& at) {
  const json_value* v = find_member(obj, key);
  if (!v) json_fail(at, where + ": \"" + key + "\" is missing");
  return index_value(*v, where + ": \"" + key + "\"", limit, at);
}

inline text_span span_member(const json_value& obj, const char* key, const std::string& where,
                             const json_origin& at) {
  const json_value* v = find_member(obj, key);
  if (!v || v->is_null()) return {};
  auto bound = [&](const json_value& x) {
    if (!x.is_number_unsigned() || x.get<std::uint64_t>() > 0xFFFFFFFFull)
      json_fail(at, where + ": \"" + key + "\" must be [begin, end] byte offsets");
    return static_cast<std::uint32_t>(x.get<std::uint64_t>());
  };
  if (!v->is_array() || v->size() != 2) json_fail(at, where + ": \"" + key + "\" must be [begin, end] byte offsets");
  text_span s{bound((*v)[0]), bound((*v)[1])};
  if (s.begin > s.end) json_fail(at, where + ": \"" + key + "\" begins after it ends");
  return s;
}

inline const json_value& array_member(const json_value& obj, const char* key, const std::string& where,
                                      const json_origin& at) {
  static const json_value empty = json_value::array();
  const json_value* v = find_member(obj, key);
  if (!v || v->is_null()) return empty;
  if (!v->is_array()) json_fail(at, where + "\"" + key + "\" must be an array");
  return *v;
}

inline void check_id(const json_value& obj, std::size_t expected, const std::string& where, const json_origin& at) {
  const json_value* v = find_member(obj, "id");
  if (!v) return;
  if (!v->is_number_unsigned() || v->get<std::uint64_t>() != expected)
    json_fail(at, where + ": \"id\" must be " + std::to_string(expected) + ", its position in the list");
}

template <class Article>
void read_article_fields(const json_value& obj, Article& a, const std::string& where, const json_origin& at) {
  a.headline = string_member(obj, "headline", where, at);
  a.outlet = string_member(obj, "outlet", where, at);
  a.url = string_member(obj, "url", where, at);
  a.published = string_member(obj, "published", where, at);
  const json_value* text = find_member(obj, "text");
  if (text && !text->is_null() && !text->is_string()) json_fail(at, where + ": \"text\" must be a string");
  if (text && text->is_string()) a.text = text->get<std::string>();
}

template <class Graph>
Graph graph_from_json(const json_value& doc, const json_origin& at) {
  using article_type = typename Graph::article_type;
  using actor_type = typename Graph::actor_type;
  using claim_type = typename Graph::claim_type;
  if (!doc.is_object()) json_fail(at, "a graph document must be a JSON object");
  if (const json_value* f = find_member(doc, "format"); f && *f != "whosaid-graph")
    json_fail(at, "not a whosaid graph document (\"format\" is not \"whosaid-graph\")");
  if (const json_value* v = find_member(doc, "version"); v && (!v->is_number_unsigned() || v->get<std::uint64_t>() > 1))
    json_fail(at, "graph document version " + v->dump() + " is newer than this reader (1)");
  const json_value& articles = array_member(doc, "articles", "", at);
  const json_value& actors = array_member(doc, "actors", "", at);
  const json_value& claims = array_member(doc, "claims", "", at);
  const json_value& relations = array_member(doc, "relations", "", at);

  Graph g;
  g.reserve(articles.size(), actors.size(), claims.size(), relations.size());
  try {
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const json_value& o = articles[i];
      std::string where = where_in("articles", i);
      if (!o.is_object()) json_fail(at, where + " must be an object");
      check_id(o, i, where, at);
      article_type a;
      a.key = string_member(o, "key", where, at);
      read_article_fields(o, a, where, at);
      g.add_article(std::move(a));
    }
    for (std::size_t i = 0; i < actors.size(); ++i) {
      const json_value& o = actors[i];
      std::string where = where_in("actors", i);
      if (!o.is_object()) json_fail(at, where + " must be an object");
      check_id(o, i, where, at);
      actor_type a;
      a.name = string_member(o, "name", where, at);
      std::string kind = string_member(o, "kind", where, at);
      if (!kind.empty()) {
        auto k = parse_actor_kind(kind);
        if (!k) json_fail(at, where + ": unknown actor kind \"" + kind + "\"");
        a.kind = *k;
      }
      for (const json_value& s : array_member(o, "aliases", where + ": ", at)) {
        if (!s.is_string()) json_fail(at, where + ": aliases must be strings");
        a.aliases.push_back(s.get<std::string>());
      }
      if (const json_value* an = find_member(o, "anonymous"); an && !an->is_null()) {
        if (!an->is_boolean()) json_fail(at, where + ": \"anonymous\" must be true or false");
        a.anonymous = an->get<bool>();
      }
      g.add_actor(std::move(a));
    }
    const std::size_t n_articles = g.article_count(), n_actors = g.actor_count();
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const json_value& o = claims[i];
      std::string where = where_in("claims", i);
      if (!o.is_object()) json_fail(at, where + " must be an object");
      check_id(o, i, where, at);
      claim_type c;
      c.article = article_id(index_member(o, "article", where, n_articles, at));
      c.speaker = actor_id(index_member(o, "speaker", where, n_actors, at));
      if (const json_value* via = find_member(o, "via"); via && !via->is_null())
        c.via = actor_id(index_value(*via, where + ": \"via\"", n_actors, at));
      std::string kind = string_member(o, "kind", where, at);
      if (!kind.empty()) {
        auto k = parse_claim_kind(kind);
        if (!k) json_fail(at, where + ": unknown claim kind \"" + kind + "\"");
        c.kind = *k;
      }
      for (const json_value& a : array_member(o, "about", where + ": ", at))
        c.about.push_back(actor_id(index_value(a, where + ": \"about\" entries", n_actors, at)));
      c.content = span_member(o, "span", where, at);
      c.cue = span_member(o, "cue_span", where, at);
      c.speaker_mention = span_member(o, "speaker_span", where, at);
      try {
        g.add_claim(std::move(c));
      } catch (const error& e) {
        json_fail(at, where + ": " + e.what());
      }
    }
    for (std::size_t i = 0; i < relations.size(); ++i) {
      const json_value& o = relations[i];
      std::string where = where_in("relations", i);
      if (!o.is_object()) json_fail(at, where + " must be an object");
      check_id(o, i, where, at);
      relation r;
      r.article = article_id(index_member(o, "article", where, n_articles, at));
      r.subject = actor_id(index_member(o, "subject", where, n_actors, at));
      r.object = actor_id(index_member(o, "object", where, n_actors, at));
      std::string pred = string_member(o, "predicate", where, at);
      if (!pred.empty()) {
        auto p = parse_predicate(pred);
        if (!p) json_fail(at, where + ": unknown predicate \"" + pred + "\"");
        r.predicate = *p;
      }
      r.label = string_member(o, "label", where, at);
      r.evidence = span_member(o, "span", where, at);
      try {
        g.add_relation(std::move(r));
      } catch (const error& e) {
        json_fail(at, where + ": " + e.what());
      }
    }
  } catch (const parse_error&) {
    throw;
  } catch (const nlohmann::json::exception& e) {
    // Type checks above should make this unreachable; a library error must
    // still come out as the library's exception.
    json_fail(at, e.what());
  } catch (const error& e) {
    json_fail(at, e.what());
  }
  return g;
}

// Calls f(line, first_line_number) for every line of `text` that holds more
// than white space, without the line break (LF or CRLF).
template <class F>
void for_each_nonblank_line(std::string_view text, F&& f) {
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;
    f(line, line_no);
  }
}

}  // namespace detail

// A graph document, as write_graph_json writes it. Throws whosaid::parse_error.
template <class Graph = graph>
Graph read_graph_json(std::string_view json) {
  detail::json_origin at;
  return detail::graph_from_json<Graph>(detail::parse_json_text(json, at), at);
}

// Graph documents one per line (JSON Lines, as write_jsonl writes them). The
// first becomes the graph; each later one is merged into it in order, by
// basic_graph::merge's rules. Blank lines are skipped. Throws
// whosaid::parse_error naming the first bad line.
template <class Graph = graph>
Graph read_graph_jsonl(std::string_view jsonl) {
  Graph g;
  bool first = true;
  detail::for_each_nonblank_line(jsonl, [&](std::string_view line, std::size_t line_no) {
    detail::json_origin at{line_no};
    Graph part = detail::graph_from_json<Graph>(detail::parse_json_text(line, at), at);
    if (first)
      g = std::move(part);
    else
      g.merge(std::move(part));
    first = false;
  });
  return g;
}

// One article object: {"id", "headline", "outlet", "url", "published",
// "text"}, all but "text" optional; "id" (a string or a number) becomes the
// article's key. `line` is the line number to report on error.
template <class Article = article>
Article read_article_json(std::string_view json, std::size_t line = 1) {
  detail::json_origin at{line};
  detail::json_value doc = detail::parse_json_text(json, at);
  if (!doc.is_object()) detail::json_fail(at, "an article must be a JSON object");
  Article a;
  if (const detail::json_value* id = detail::find_member(doc, "id"); id && !id->is_null()) {
    if (id->is_string())
      a.key = id->get<std::string>();
    else if (id->is_number_integer())
      a.key = id->dump();
    else
      detail::json_fail(at, "the article's \"id\" must be a string or a number");
  }
  detail::read_article_fields(doc, a, "the article", at);
  const detail::json_value* text = detail::find_member(doc, "text");
  if (!text || !text->is_string())
    detail::json_fail(at, "the article has no \"text\" string");
  return a;
}

// Articles one per line. Throws whosaid::parse_error naming the first bad
// line; a reader that should go on past bad lines calls read_article_json
// per line itself, as `whosaid graph` does.
template <class Article = article>
std::vector<Article> read_articles_jsonl(std::string_view jsonl) {
  std::vector<Article> out;
  detail::for_each_nonblank_line(jsonl, [&](std::string_view line, std::size_t line_no) {
    out.push_back(read_article_json<Article>(line, line_no));
  });
  return out;
}

}  // namespace whosaid
