// JSON input, through nlohmann/json. This header is opt-in: it is the only
// one that needs nlohmann/json (link whosaid::json, or find nlohmann_json
// yourself), and nothing else in whosaid includes it.
//
//   read_graph_json(text)      a graph document (see json_writer.hpp) -> graph
//   read_graph_jsonl(text)     graph documents one per line, merged in order
//   read_article_json(text)    {"id", "headline", "outlet", "url", "published", "text"}
//   read_articles_jsonl(text)  such articles, one per line
//
// Everything that cannot be read throws whosaid::parse_error saying what was
// wrong and, where it can, on which line (1-based; in a one-line document,
// the line the caller gives): always for a syntax error, and for a wrong
// value when the document is one line; line() is 0 otherwise. A number the
// JSON library cannot hold (1e400) is such an error, and so is nesting deeper
// than json_nesting_limit (256) levels. The readers never trust the input: ids, spans and enumerations
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
#include "detail/utf8.hpp"

namespace whosaid {
namespace detail {

using json_value = nlohmann::json;

// Where a document sits in its input: the line of its first byte, and
// whether it is all on that line (a JSON Lines line), in which case every
// error in it is on that line; in a document over several lines, an error
// in the content (not the syntax) has no line the reader can name.
struct json_origin {
  std::size_t first_line = 1;
  bool one_line = true;

  static json_origin of(std::string_view text, std::size_t first_line = 1) noexcept {
    std::size_t nl = text.find('\n');
    bool one = nl == std::string_view::npos || text.find_first_not_of(" \t\r\n", nl) == std::string_view::npos;
    return json_origin{first_line, one};
  }
};

[[noreturn]] inline void json_fail(const json_origin& at, const std::string& what) {
  if (!at.one_line) throw parse_error(what, 0);
  throw parse_error("line " + std::to_string(at.first_line) + ": " + what, at.first_line);
}

// The JSON library's description of an error, without its
// "[json.exception.parse_error.101] " prefix, and with the token it quotes
// ("last read: '...'") cut to its last bytes: the message for a malformed
// line of 100 MB names where it broke, it does not repeat the line.
inline std::string json_library_message(const char* what) {
  constexpr std::size_t token_bytes = 40;
  std::string msg = what;
  if (auto p = msg.find("] "); p != std::string::npos) msg.erase(0, p + 2);
  const std::size_t open = msg.find('\''), close = msg.rfind('\'');
  if (open != std::string::npos && close > open + 1 + token_bytes + 3) {
    std::size_t keep = close - token_bytes;
    // Not inside a UTF-8 sequence: the message stays valid text.
    while (keep < close && (static_cast<unsigned char>(msg[keep]) & 0xC0) == 0x80) ++keep;
    msg.replace(open + 1, keep - (open + 1), "...");
  }
  return msg;
}

// A syntax error as the library's exception, with the line it is on.
[[noreturn]] inline void syntax_error(const json_value::parse_error& e, std::string_view text, const json_origin& at) {
  // e.byte is the 1-based offset of the byte where parsing stopped.
  std::size_t end = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, text.size());
  std::size_t line = at.first_line;
  for (std::size_t i = 0; i < end; ++i)
    if (text[i] == '\n') ++line;
  // The description names the column and the offending token.
  throw parse_error("line " + std::to_string(line) + ": malformed JSON: " + json_library_message(e.what()), line);
}

// How deep arrays and objects may nest. whosaid's own documents nest four
// levels; the limit is far above that and far below the depth at which
// nlohmann's recursive functions (dump, copy, compare) would overflow the
// stack.
inline constexpr std::size_t json_nesting_limit = 256;

// Refuses a document nested deeper than json_nesting_limit before it is
// parsed: one pass over the bytes, brackets inside strings not counted.
inline void check_nesting(std::string_view text, const json_origin& at) {
  std::size_t depth = 0, line = at.first_line;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '\n': ++line; break;
      case '[':
      case '{':
        if (++depth > json_nesting_limit)
          throw parse_error("line " + std::to_string(line) + ": JSON nested deeper than " +
                                std::to_string(json_nesting_limit) + " levels",
                            line);
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
}

// Any other failure of the JSON library while parsing (a number out of
// range, say) as the library's exception: nlohmann's "[json.exception...] "
// prefix dropped, on the document's line.
[[noreturn]] inline void json_library_error(const json_value::exception& e, const json_origin& at) {
  json_fail(at, "unreadable JSON: " + json_library_message(e.what()));
}

inline json_value parse_json_text(std::string_view text, const json_origin& at) {
  check_nesting(text, at);
  try {
    return json_value::parse(text.begin(), text.end());
  } catch (const json_value::parse_error& e) {
    syntax_error(e, text, at);
  } catch (const json_value::exception& e) {
    json_library_error(e, at);
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

// Builds a graph from the elements of a graph document, one element at a
// time and in document order, checking each before it reaches the graph.
template <class Graph>
class graph_builder {
 public:
  using article_type = typename Graph::article_type;
  using actor_type = typename Graph::actor_type;
  using claim_type = typename Graph::claim_type;

  explicit graph_builder(const json_origin& at) : at_(at) {}

  void article(const json_value& o) {
    std::string where = begin("articles", o, g_.article_count());
    article_type a;
    a.key = string_member(o, "key", where, at_);
    read_article_fields(o, a, where, at_);
    guard(where, [&] { g_.add_article(std::move(a)); });
  }

  void actor(const json_value& o) {
    std::string where = begin("actors", o, g_.actor_count());
    actor_type a;
    a.name = string_member(o, "name", where, at_);
    std::string kind = string_member(o, "kind", where, at_);
    if (!kind.empty()) {
      auto k = parse_actor_kind(kind);
      if (!k) json_fail(at_, where + ": unknown actor kind \"" + excerpt(kind, 40) + "\"");
      a.kind = *k;
    }
    for (const json_value& s : array_member(o, "aliases", where + ": ", at_)) {
      if (!s.is_string()) json_fail(at_, where + ": aliases must be strings");
      a.aliases.push_back(s.get<std::string>());
    }
    if (const json_value* an = find_member(o, "anonymous"); an && !an->is_null()) {
      if (!an->is_boolean()) json_fail(at_, where + ": \"anonymous\" must be true or false");
      a.anonymous = an->get<bool>();
    }
    guard(where, [&] { g_.add_actor(std::move(a)); });
  }

  void claim(const json_value& o) {
    std::string where = begin("claims", o, g_.claim_count());
    const std::size_t n_articles = g_.article_count(), n_actors = g_.actor_count();
    claim_type c;
    c.article = article_id(index_member(o, "article", where, n_articles, at_));
    c.speaker = actor_id(index_member(o, "speaker", where, n_actors, at_));
    if (const json_value* via = find_member(o, "via"); via && !via->is_null())
      c.via = actor_id(index_value(*via, where + ": \"via\"", n_actors, at_));
    std::string kind = string_member(o, "kind", where, at_);
    if (!kind.empty()) {
      auto k = parse_claim_kind(kind);
      if (!k) json_fail(at_, where + ": unknown claim kind \"" + excerpt(kind, 40) + "\"");
      c.kind = *k;
    }
    // A rule this version does not know (a newer writer's sieve) reads as none.
    if (const json_value* rule = find_member(o, "rule"); rule && rule->is_string())
      c.rule = parse_attribution_rule(rule->get_ref<const std::string&>()).value_or(attribution_rule::none);
    for (const json_value& a : array_member(o, "about", where + ": ", at_))
      c.about.push_back(actor_id(index_value(a, where + ": \"about\" entries", n_actors, at_)));
    c.content = span_member(o, "span", where, at_);
    c.cue = span_member(o, "cue_span", where, at_);
    c.speaker_mention = span_member(o, "speaker_span", where, at_);
    guard(where, [&] { g_.add_claim(std::move(c)); });
  }

  void relation(const json_value& o) {
    std::string where = begin("relations", o, g_.relation_count());
    const std::size_t n_articles = g_.article_count(), n_actors = g_.actor_count();
    whosaid::relation r;
    r.article = article_id(index_member(o, "article", where, n_articles, at_));
    r.subject = actor_id(index_member(o, "subject", where, n_actors, at_));
    r.object = actor_id(index_member(o, "object", where, n_actors, at_));
    std::string pred = string_member(o, "predicate", where, at_);
    if (!pred.empty()) {
      auto p = parse_predicate(pred);
      if (!p) json_fail(at_, where + ": unknown predicate \"" + excerpt(pred, 40) + "\"");
      r.predicate = *p;
    }
    r.label = string_member(o, "label", where, at_);
    r.evidence = span_member(o, "span", where, at_);
    guard(where, [&] { g_.add_relation(std::move(r)); });
  }

  // The elements of one section, from a parsed array.
  void section(std::size_t which, const json_value& elements) {
    for (const json_value& o : elements) add(which, o);
  }
  void add(std::size_t which, const json_value& o) {
    switch (which) {
      case 0: article(o); break;
      case 1: actor(o); break;
      case 2: claim(o); break;
      default: relation(o); break;
    }
  }

  Graph take() { return std::move(g_); }

 private:
  std::string begin(const char* list, const json_value& o, std::size_t index) {
    std::string where = where_in(list, index);
    if (!o.is_object()) json_fail(at_, where + " must be an object");
    check_id(o, index, where, at_);
    return where;
  }

  // The graph checks ids and spans again; its verdict names the element.
  template <class F>
  void guard(const std::string& where, F&& f) {
    try {
      f();
    } catch (const error& e) {
      json_fail(at_, where + ": " + e.what());
    }
  }

  json_origin at_;
  Graph g_;
};

// The sections of a graph document, in the order they depend on each other.
inline constexpr const char* graph_sections[] = {"articles", "actors", "claims", "relations"};

// Reads a graph document in one pass. Each element of the four sections is
// added to the graph as soon as the parser has it and then dropped, so
// memory holds the graph and one element, not the document's tree, which
// is several times the size of the text. A claim or relation can only be
// added once the articles and actors are all in; a document that puts its
// sections in another order than the writer's has those kept and added at
// the end.
template <class Graph>
Graph read_graph_document(std::string_view text, const json_origin& at) {
  using event = json_value::parse_event_t;
  graph_builder<Graph> builder(at);
  int section = -1;           // the top-level member being read, if a section
  bool in_array = false;      // and its value is an array
  bool streaming = false;     // whose elements are added as they come
  bool done[4] = {};          // sections read completely
  bool seen[4] = {};
  auto on_event = [&](int depth, event e, json_value& parsed) -> bool {
    if (depth == 1) {
      if (e == event::key) {
        section = -1;
        for (int i = 0; i < 4; ++i)
          if (parsed == graph_sections[i]) section = i;
        if (section >= 0) {
          if (seen[section]) json_fail(at, std::string("the section \"") + graph_sections[section] + "\" appears twice");
          seen[section] = true;
        }
      } else if (e == event::array_start) {
        in_array = section >= 0;
        streaming = section == 0 || section == 1 || (done[0] && done[1]);
      } else if (e == event::array_end) {
        if (in_array) done[section] = streaming || done[section];
        in_array = false;
      } else if (e == event::object_start) {
        in_array = false;
      }
      return true;
    }
    if (depth == 2 && in_array && streaming) {
      if (e == event::object_end) {
        builder.add(static_cast<std::size_t>(section), parsed);
        return false;  // added: drop it from the tree
      }
      if (e == event::value || e == event::array_end)
        json_fail(at, std::string("\"") + graph_sections[section] + "\" must be an array of objects");
    }
    return true;
  };
  check_nesting(text, at);
  json_value doc;
  try {
    doc = json_value::parse(text.begin(), text.end(), on_event);
  } catch (const json_value::parse_error& e) {
    syntax_error(e, text, at);
  } catch (const json_value::exception& e) {
    json_library_error(e, at);
  }
  if (!doc.is_object()) json_fail(at, "a graph document must be a JSON object");
  if (const json_value* f = find_member(doc, "format"); f && *f != "whosaid-graph")
    json_fail(at, "not a whosaid graph document (\"format\" is not \"whosaid-graph\")");
  if (const json_value* v = find_member(doc, "version"); v && (!v->is_number_unsigned() || v->get<std::uint64_t>() > 1))
    json_fail(at, v->is_number_unsigned()
                      ? "graph document version " + std::to_string(v->get<std::uint64_t>()) +
                            " is newer than this reader (1)"
                      : std::string("the graph document's \"version\" must be a whole number, not ") +
                            v->type_name());
  // What was not added on the way: sections out of order, or not arrays.
  for (std::size_t i = 0; i < 4; ++i) {
    if (done[i]) continue;
    const json_value& elements = array_member(doc, graph_sections[i], "", at);
    builder.section(i, elements);
  }
  return builder.take();
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
  return detail::read_graph_document<Graph>(json, detail::json_origin::of(json));
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
    Graph part = detail::read_graph_document<Graph>(line, detail::json_origin{line_no, true});
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
  detail::json_origin at = detail::json_origin::of(json, line);
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
