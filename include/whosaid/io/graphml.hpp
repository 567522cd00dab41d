// GraphML: the actor network with typed attributes, for networkx, Gephi,
// Cytoscape and yEd.
//
//   write_graphml(out, g)
//
// Nodes are actors (name, label, kind, aliases joined by "; ", anonymous).
// Edges are claims, one per actor a claim is about (id "c<claim>.<k>"), and
// relations (id "r<relation>"); an edge's "type" says which. Claim edges
// carry the claim id, so the edges of one claim with several targets can be
// grouped again, its content, cue, kind, channel, article and content span;
// relation edges their predicate, label, article and evidence span. Claims
// about no actor have no edge (the JSON and CSV outputs keep them). `out` is
// an output iterator over char or a std::string to append to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "../graph.hpp"
#include "../kinds.hpp"
#include "detail/sink.hpp"
#include "detail/xml_escape.hpp"

namespace whosaid {
namespace detail {

struct graphml_key {
  std::string_view id, domain, name, type;
};

// The attribute declarations. Ids are prefixed by domain because GraphML key
// ids share one namespace while "label" means something on both sides.
inline constexpr graphml_key graphml_keys[] = {
    {"v_name", "node", "name", "string"},          {"v_label", "node", "label", "string"},
    {"v_kind", "node", "kind", "string"},          {"v_aliases", "node", "aliases", "string"},
    {"v_anonymous", "node", "anonymous", "boolean"},
    {"e_type", "edge", "type", "string"},          {"e_label", "edge", "label", "string"},
    {"e_claim", "edge", "claim", "long"},          {"e_claim_kind", "edge", "claim_kind", "string"},
    {"e_content", "edge", "content", "string"},    {"e_cue", "edge", "cue", "string"},
    {"e_via", "edge", "via", "string"},            {"e_relation", "edge", "relation", "long"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_article", "edge", "article", "string"},    {"e_article_index", "edge", "article_index", "long"},
    {"e_span_begin", "edge", "span_begin", "long"}, {"e_span_end", "edge", "span_end", "long"},
};

template <class Sink>
void write_graphml_data(Sink& s, std::string_view key, std::string_view value) {
  s.write("      <data key=\"");
  s.write(key);
  s.write("\">");
  write_xml_text(s, value);
  s.write("</data>\n");
}

template <class Sink>
void write_graphml_data(Sink& s, std::string_view key, std::uint64_t value) {
  write_graphml_data(s, key, std::string_view(std::to_string(value)));
}

template <class Sink, class Graph>
void write_graphml_provenance(Sink& s, const Graph& g, article_id art, text_span span) {
  // An article without a key is named by its index, so the attribute
  // always identifies it.
  const auto& a = g[art];
  std::string name = a.key.empty() ? "article-" + std::to_string(art.value()) : a.key;
  write_graphml_data(s, "e_article", name);
  write_graphml_data(s, "e_article_index", art.value());
  write_graphml_data(s, "e_span_begin", span.begin);
  write_graphml_data(s, "e_span_end", span.end);
}

template <class Sink, class Graph>
void write_graphml_to(Sink& s, const Graph& g) {
  s.write(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const graphml_key& k : graphml_keys) {
    s.write("  <key id=\"");
    s.write(k.id);
    s.write("\" for=\"");
    s.write(k.domain);
    s.write("\" attr.name=\"");
    s.write(k.name);
    s.write("\" attr.type=\"");
    s.write(k.type);
    s.write("\"/>\n");
  }
  s.write("  <graph id=\"whosaid\" edgedefault=\"directed\">\n");
  for (const auto& a : g.actors()) {
    s.write("    <node id=\"a");
    s.write(std::to_string(a.id.value()));
    s.write("\">\n");
    write_graphml_data(s, "v_name", a.name);
    write_graphml_data(s, "v_label", a.name);
    write_graphml_data(s, "v_kind", to_string(a.kind));
    std::string aliases;
    for (const std::string& x : a.aliases) {
      if (!aliases.empty()) aliases += "; ";
      aliases += x;
    }
    write_graphml_data(s, "v_aliases", aliases);
    write_graphml_data(s, "v_anonymous", a.anonymous ? std::string_view("true") : std::string_view("false"));
    s.write("    </node>\n");
  }
  for (const auto& c : g.claims()) {
    for (std::size_t k = 0; k < c.about.size(); ++k) {
      s.write("    <edge id=\"c");
      s.write(std::to_string(c.id.value()));
      s.put('.');
      s.write(std::to_string(k));
      s.write("\" source=\"a");
      s.write(std::to_string(c.speaker.value()));
      s.write("\" target=\"a");
      s.write(std::to_string(c.about[k].value()));
      s.write("\">\n");
      write_graphml_data(s, "e_type", "claim");
      write_graphml_data(s, "e_label", g.cue(c));
      write_graphml_data(s, "e_claim", c.id.value());
      write_graphml_data(s, "e_claim_kind", to_string(c.kind));
      write_graphml_data(s, "e_content", g.content(c));
      write_graphml_data(s, "e_cue", g.cue(c));
      if (c.via.valid()) write_graphml_data(s, "e_via", g[c.via].name);
      write_graphml_provenance(s, g, c.article, c.content);
      s.write("    </edge>\n");
    }
  }
  for (const relation& r : g.relations()) {
    s.write("    <edge id=\"r");
    s.write(std::to_string(r.id.value()));
    s.write("\" source=\"a");
    s.write(std::to_string(r.subject.value()));
    s.write("\" target=\"a");
    s.write(std::to_string(r.object.value()));
    s.write("\">\n");
    write_graphml_data(s, "e_type", "relation");
    write_graphml_data(s, "e_label", r.label);
    write_graphml_data(s, "e_relation", r.id.value());
    write_graphml_data(s, "e_predicate", to_string(r.predicate));
    write_graphml_provenance(s, g, r.article, r.evidence);
    s.write("    </edge>\n");
  }
  s.write("  </graph>\n</graphml>\n");
}

}  // namespace detail

template <class Out, class... P>
Out write_graphml(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_graphml_to(s, g);
  return s.result();
}
template <class... P>
void write_graphml(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_graphml_to(s, g);
}

}  // namespace whosaid
