// Graphviz DOT: the actor network of a graph, for `dot -Tsvg` and friends.
//
//   write_dot(out, g)
//
// Actors are nodes, shaped and coloured by kind (anonymous sources dashed).
// Each claim is a labelled edge from its speaker to every actor it is about:
// the label is the cue and a short excerpt of the content, the tooltip the
// whole content, the colour the claim kind. Claims about no actor have no
// edge here (the JSON and CSV outputs keep them). Relations are dashed edges
// labelled with their title. `out` is an output iterator over char or a
// std::string to append to.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "../graph.hpp"
#include "../kinds.hpp"
#include "detail/dot_escape.hpp"
#include "detail/sink.hpp"
#include "detail/utf8.hpp"

namespace whosaid {
namespace detail {

struct dot_style {
  std::string_view shape;
  std::string_view fill;
};

constexpr dot_style dot_style_of(actor_kind k) noexcept {
  switch (k) {
    case actor_kind::person: return {"ellipse", "#dbe9f6"};
    case actor_kind::organization: return {"box", "#fde2c8"};
    case actor_kind::country: return {"hexagon", "#d5f0d5"};
    case actor_kind::media: return {"note", "#eadcf5"};
    case actor_kind::group: return {"octagon", "#fff3bf"};
    case actor_kind::location: return {"house", "#e4e4e4"};
    case actor_kind::document: return {"folder", "#f3e9d2"};
    case actor_kind::unknown: break;
  }
  return {"ellipse", "#ffffff"};
}

constexpr std::string_view dot_colour_of(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::direct: return "#1f4e79";
    case claim_kind::indirect: return "#707070";
    case claim_kind::mixed: return "#7b3294";
  }
  return "#000000";
}

template <class Sink>
void write_dot_id(Sink& s, char prefix, std::uint32_t n) {
  s.put(prefix);
  s.write(std::to_string(n));
}

template <class Sink, class Graph>
void write_dot_to(Sink& s, const Graph& g) {
  s.write("digraph whosaid {\n");
  s.write("  graph [rankdir=LR];\n");
  s.write("  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n");
  s.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
  for (const auto& a : g.actors()) {
    dot_style st = dot_style_of(a.kind);
    s.write("  ");
    write_dot_id(s, 'a', a.id.value());
    s.write(" [label=");
    write_dot_string(s, a.name);
    s.write(", shape=");
    s.write(st.shape);
    s.write(", fillcolor=\"");
    s.write(st.fill);
    s.write("\"");
    if (a.anonymous) s.write(", style=\"filled,dashed\"");
    std::string tip(to_string(a.kind));
    for (std::size_t i = 0; i < a.aliases.size(); ++i) {
      tip += i == 0 ? "; also: " : ", ";
      tip += a.aliases[i];
    }
    s.write(", tooltip=");
    write_dot_string(s, tip);
    s.write("];\n");
  }
  for (const auto& c : g.claims()) {
    if (c.about.empty()) continue;
    std::string label(g.cue(c));
    if (label.empty()) label = to_string(c.kind);
    label += ": \xE2\x80\x9C";  // “
    label += excerpt(g.content(c), 40);
    label += "\xE2\x80\x9D";  // ”
    if (c.via.valid()) {
      label += "\nvia ";
      label += g[c.via].name;
    }
    std::string tip = excerpt(g.content(c), 500);
    for (actor_id target : c.about) {
      s.write("  ");
      write_dot_id(s, 'a', c.speaker.value());
      s.write(" -> ");
      write_dot_id(s, 'a', target.value());
      s.write(" [label=");
      write_dot_string(s, label);
      s.write(", tooltip=");
      write_dot_string(s, tip);
      s.write(", color=\"");
      s.write(dot_colour_of(c.kind));
      s.write("\", fontcolor=\"");
      s.write(dot_colour_of(c.kind));
      s.write("\"];\n");
    }
  }
  for (const relation& r : g.relations()) {
    s.write("  ");
    write_dot_id(s, 'a', r.subject.value());
    s.write(" -> ");
    write_dot_id(s, 'a', r.object.value());
    s.write(" [label=");
    write_dot_string(s, r.label.empty() ? to_string(r.predicate) : std::string_view(r.label));
    s.write(", style=dashed, color=\"#999999\", fontcolor=\"#666666\", arrowhead=empty];\n");
  }
  s.write("}\n");
}

}  // namespace detail

template <class Out, class... P>
Out write_dot(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_dot_to(s, g);
  return s.result();
}
template <class... P>
void write_dot(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_dot_to(s, g);
}

}  // namespace whosaid
