// The extractor: the pipeline from an article's text to a graph, and the
// public API.
//
//   text_scanner        paragraphs, sentences, quotations, tokens
//   mention_finder      names, pronouns, nominals; roles settle them
//   relation_finder     roles and memberships among the mentions
//   attribution_finder  the sieves: cue, content, speaker and channel
//   resolution          mentions and speakers to the article's actors
//   assembly            claims and relations, into the graph
//
// The pipeline works one paragraph at a time with buffers reused across
// paragraphs, so memory follows the longest paragraph plus the output.
// extract() is const and keeps no state between calls: one extractor can
// serve many threads. It never throws on the text; an article too large for
// 32-bit spans gives an empty graph. Text that is not valid UTF-8 is
// repaired as it enters (each invalid sequence one U+FFFD) and the article
// keeps the repaired text: names are compared as they will be written, so
// two that differ only in invalid bytes are one actor, in the graph and
// after a JSON round trip alike; spans refer to the repaired text.
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
#include "../io/detail/utf8.hpp"
#include "detail/assembly.hpp"
#include "detail/attribution.hpp"
#include "detail/dateline.hpp"
#include "detail/mentions.hpp"
#include "detail/relations.hpp"
#include "detail/resolution.hpp"
#include "detail/text_scanner.hpp"
#include "lexicon.hpp"

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
      if (!detail::is_valid_utf8(article.text)) {
        article.text = detail::to_valid_utf8(article.text);
        if (article.text.size() >= 0xFFFFFFFFull) return g;
      }
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
  // Everything run() needs besides the graph, kept per thread across
  // articles (see run()).
  struct workspace {
    detail::word_cache words;
    detail::paragraph_scan p;
    detail::mention_finder::buffers mention_work;
    detail::attribution_finder::buffers attribution_work;
    detail::resolution::buffers resolution_work;
    detail::assembly::buffers assembly_work;
    std::vector<detail::mention> ms;
    std::vector<detail::relation_hit> rels;
    std::vector<detail::attribution> atts;
    bool busy = false;

    // Buffers grown by a paragraph far longer than news has (hostile or
    // unsplit text) are given back after the article.
    void trim() noexcept {
      detail::release_large(p.tokens, p.words, p.quotes, p.sentences, ms, rels, atts);
      mention_work.trim();
      attribution_work.trim();
      resolution_work.trim();
      assembly_work.trim();
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
    std::string_view t(g[art].text);
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

    detail::text_scanner scanner(t, lex_, &ws.words);
    detail::mention_finder mentions(t, lex_, &ws.mention_work);
    detail::relation_finder relations(t, lex_);
    detail::attribution_finder attributions(t, lex_, &ws.attribution_work);
    detail::resolution resolution(t, &ws.resolution_work);
    detail::assembly assembly(t, &ws.assembly_work);
    bool dateline_seen = false;
    while (scanner.next(ws.p)) {
      // A wire dateline is neither content nor speaker. It opens the body,
      // which may come after a headline, a standfirst and a byline.
      constexpr std::size_t dateline_paragraphs = 4;
      if (!dateline_seen && ws.p.index < dateline_paragraphs) {
        const std::uint32_t d = detail::dateline_length(t, ws.p);
        if (d > 0) {
          dateline_seen = true;
          resolution.coref().home(detail::dateline_place(t, ws.p, d).of(t));
          detail::drop_leading_tokens(ws.p, d);
        }
      }
      if (detail::bracketed(t, ws.p)) continue;
      mentions.find(ws.p, ws.ms);
      relations.find(ws.p, ws.ms, ws.rels);
      const detail::attribution_state left = attributions.find(ws.p, ws.ms, ws.atts);
      resolution.resolve(ws.p, ws.ms, ws.atts);
      assembly.add(ws.p, ws.ms, ws.rels, ws.atts, resolution);
      resolution.carry(left);
    }
    assembly.write(g, art, resolution);
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
