// CSV files for Neo4j's bulk importer (`neo4j-admin database import`):
//
//   actors.csv     write_neo4j_actors(out, g)     nodes  :Actor plus :Person, :Country, ...
//   articles.csv   write_neo4j_articles(out, g)   nodes  :Article
//   claims.csv     write_neo4j_claims(out, g)     relationships SAID_ABOUT, SAID
//   relations.csv  write_neo4j_relations(out, g)  relationships ROLE, MEMBER, ACTION, OTHER
//
//   neo4j-admin database import full --nodes=actors.csv --nodes=articles.csv
//       --relationships=claims.csv --relationships=relations.csv
//       --multiline-fields=true neo4j
//
// Node ids are "a<actor id>" and "art<article id>", one id space for both.
// A claim becomes one SAID_ABOUT relationship from its speaker to each actor
// it is about, or, when it is about no actor, one SAID relationship to its
// article; every row carries the claim's id (claimId) so the rows of one
// claim can be grouped again, and its article's node id. Aliases are a
// string array with Neo4j's default delimiter ";" (a ";" inside an alias is
// written as ","). Text fields are quoted as RFC 4180 says; an empty optional
// field (no channel) is left empty, which the importer reads as absent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "../graph.hpp"
#include "../kinds.hpp"
#include "detail/csv_escape.hpp"
#include "detail/sink.hpp"

namespace whosaid {

// The file names the importer command above expects, in import order.
inline constexpr std::string_view neo4j_csv_files[] = {"actors.csv", "articles.csv", "claims.csv", "relations.csv"};

namespace detail {

// "Person" for actor_kind::person: the node label of a kind.
inline std::string neo4j_label_of(actor_kind k) {
  std::string s(to_string(k));
  if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

inline std::string neo4j_type_of(predicate p) {
  std::string s(to_string(p));
  for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
  return s;
}

template <class Sink>
void write_neo4j_number(Sink& s, std::uint64_t n) {
  s.write(std::to_string(n));
}

template <class Sink>
void write_neo4j_node_id(Sink& s, std::string_view prefix, std::uint32_t n) {
  s.put('"');
  s.write(prefix);
  s.write(std::to_string(n));
  s.put('"');
}

template <class Sink, class Graph>
void write_neo4j_actors_to(Sink& s, const Graph& g) {
  s.write("actorId:ID,name,kind,aliases:string[],anonymous:boolean,:LABEL\n");
  for (const auto& a : g.actors()) {
    write_neo4j_node_id(s, "a", a.id.value());
    s.put(',');
    write_csv_field(s, a.name);
    s.put(',');
    write_csv_field(s, to_string(a.kind));
    s.put(',');
    std::string aliases;
    for (const std::string& x : a.aliases) {
      if (!aliases.empty()) aliases += ';';
      for (char c : x) aliases += c == ';' ? ',' : c;
    }
    write_csv_field(s, aliases);
    s.write(a.anonymous ? ",true," : ",false,");
    std::string labels = "Actor";
    if (a.kind != actor_kind::unknown) labels += ";" + neo4j_label_of(a.kind);
    write_csv_field(s, labels);
    s.put('\n');
  }
}

template <class Sink, class Graph>
void write_neo4j_articles_to(Sink& s, const Graph& g) {
  s.write("articleId:ID,key,headline,outlet,url,published,:LABEL\n");
  for (const auto& a : g.articles()) {
    write_neo4j_node_id(s, "art", a.id.value());
    for (const std::string* f : {&a.key, &a.headline, &a.outlet, &a.url, &a.published}) {
      s.put(',');
      write_csv_field(s, *f);
    }
    s.write(",\"Article\"\n");
  }
}

template <class Sink, class Graph, class Claim>
void write_neo4j_claim_row(Sink& s, const Graph& g, const Claim& c, std::string_view prefix, std::uint32_t end,
                           std::string_view type) {
  write_neo4j_node_id(s, "a", c.speaker.value());
  s.put(',');
  write_neo4j_node_id(s, prefix, end);
  s.put(',');
  s.write(type);
  s.put(',');
  write_neo4j_number(s, c.id.value());
  s.put(',');
  write_csv_field(s, to_string(c.kind));
  s.put(',');
  write_csv_field(s, g.cue(c));
  s.put(',');
  write_csv_field(s, g.content(c));
  s.put(',');
  if (c.via.valid()) write_neo4j_node_id(s, "a", c.via.value());
  s.put(',');
  write_neo4j_node_id(s, "art", c.article.value());
  s.put(',');
  write_neo4j_number(s, c.content.begin);
  s.put(',');
  write_neo4j_number(s, c.content.end);
  s.put('\n');
}

template <class Sink, class Graph>
void write_neo4j_claims_to(Sink& s, const Graph& g) {
  s.write(":START_ID,:END_ID,:TYPE,claimId:long,kind,cue,content,via,article,spanBegin:long,spanEnd:long\n");
  for (const auto& c : g.claims()) {
    if (c.about.empty()) write_neo4j_claim_row(s, g, c, "art", c.article.value(), "SAID");
    for (actor_id target : c.about) write_neo4j_claim_row(s, g, c, "a", target.value(), "SAID_ABOUT");
  }
}

template <class Sink, class Graph>
void write_neo4j_relations_to(Sink& s, const Graph& g) {
  s.write(":START_ID,:END_ID,:TYPE,relationId:long,label,article,spanBegin:long,spanEnd:long\n");
  for (const relation& r : g.relations()) {
    write_neo4j_node_id(s, "a", r.subject.value());
    s.put(',');
    write_neo4j_node_id(s, "a", r.object.value());
    s.put(',');
    s.write(neo4j_type_of(r.predicate));
    s.put(',');
    write_neo4j_number(s, r.id.value());
    s.put(',');
    write_csv_field(s, r.label);
    s.put(',');
    write_neo4j_node_id(s, "art", r.article.value());
    s.put(',');
    write_neo4j_number(s, r.evidence.begin);
    s.put(',');
    write_neo4j_number(s, r.evidence.end);
    s.put('\n');
  }
}

}  // namespace detail

// actors.csv: one node per actor.
template <class Out, class... P>
Out write_neo4j_actors(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_neo4j_actors_to(s, g);
  return s.result();
}
template <class... P>
void write_neo4j_actors(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_neo4j_actors_to(s, g);
}

// articles.csv: one node per article (its text is not written).
template <class Out, class... P>
Out write_neo4j_articles(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_neo4j_articles_to(s, g);
  return s.result();
}
template <class... P>
void write_neo4j_articles(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_neo4j_articles_to(s, g);
}

// claims.csv: SAID_ABOUT per actor a claim is about, or one SAID to its article.
template <class Out, class... P>
Out write_neo4j_claims(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_neo4j_claims_to(s, g);
  return s.result();
}
template <class... P>
void write_neo4j_claims(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_neo4j_claims_to(s, g);
}

// relations.csv: one relationship per relation, typed by its predicate.
template <class Out, class... P>
Out write_neo4j_relations(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_neo4j_relations_to(s, g);
  return s.result();
}
template <class... P>
void write_neo4j_relations(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_neo4j_relations_to(s, g);
}

}  // namespace whosaid
