// JSON Lines: one graph document per article, one line each (the shape is in
// <whosaid/io/json_writer.hpp>). Each line stands alone, so a corpus can be
// written and read one article at a time in constant memory, split across
// processes or machines, and brought back together by merging the lines in
// order: read_graph_jsonl() in <whosaid/io/json_reader.hpp>, or
// `whosaid merge`. Merging the lines of write_jsonl(g) rebuilds g's claims,
// relations and articles; in a graph of several articles, actors that no
// claim or relation uses belong to no article and are not written.
#pragma once

#include <string>
#include <utility>

#include "../graph.hpp"
#include "detail/sink.hpp"
#include "json_writer.hpp"

namespace whosaid {
namespace detail {
template <class Sink, class Graph>
void write_jsonl_to(Sink& s, const Graph& g) {
  // A one-article graph is written whole, actors nobody cites included, so
  // that merging the lines rebuilds exactly what merging the graphs would.
  if (g.article_count() == 1) {
    write_graph_json_to(s, g);
    s.put('\n');
    return;
  }
  for (std::size_t i = 0; i < g.article_count(); ++i) {
    write_graph_json_to(s, g, article_id(static_cast<std::uint32_t>(i)));
    s.put('\n');
  }
}
}  // namespace detail

// Every article of `g`, one line each, in article order.
template <class Out, class... P>
Out write_jsonl(Out out, const basic_graph<P...>& g) {
  detail::sink<Out> s(std::move(out));
  detail::write_jsonl_to(s, g);
  return s.result();
}
template <class... P>
void write_jsonl(std::string& out, const basic_graph<P...>& g) {
  detail::sink<std::string*> s(&out);
  detail::write_jsonl_to(s, g);
}

// Streams graphs to JSON Lines as they are made, for a producer that never
// holds the whole corpus: each call writes one line per article of `part`
// (usually the one-article graph an extractor returns).
template <class Out>
class jsonl_writer {
 public:
  explicit jsonl_writer(Out out) : sink_(std::move(out)) {}

  template <class... P>
  void write(const basic_graph<P...>& part) {
    detail::write_jsonl_to(sink_, part);
    lines_ += part.article_count();
  }

  std::size_t lines() const noexcept { return lines_; }
  Out result() { return sink_.result(); }

 private:
  detail::sink<Out> sink_;
  std::size_t lines_ = 0;
};

}  // namespace whosaid
