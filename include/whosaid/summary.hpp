// The "who said what about whom" printer: a plain-text report of a graph
// that a journalist can read without knowing the model.
//
//   std::string s = whosaid::summary(g);
//   whosaid::write_summary(std::back_inserter(buf), g);   // any output iterator
//   whosaid::write_summary(str, g);                       // appends to a std::string
//
// It prints one block per speaker, in the order they first speak: the
// speaker, their roles and affiliations (from the role and member
// relations), then each claim with its cue, channel and kind, the content
// (direct quotes inside quotation marks) and the actors it is about. A last
// block lists the actors talked about, most discussed first, with who talks
// about them. Cost: linear in the graph plus a sort of the actors.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "detail/text.hpp"
#include "fmt.hpp"
#include "graph.hpp"

namespace whosaid {

struct summary_options {
  // Longest content shown, in bytes; longer content is cut at a character
  // boundary and ends in "...". 0 shows everything.
  std::size_t max_content = 0;
  // Print each speaker's roles and affiliations.
  bool roles = true;
  // Print the "about whom" block at the end.
  bool about_section = true;
};

namespace detail {

// Writes `s` with every run of whitespace (line breaks of a multi-paragraph
// quote included) as one space, trimmed, cut after `max` bytes when max > 0.
// Bytes are copied as they are, so invalid UTF-8 passes through unharmed;
// the cut backs off UTF-8 continuation bytes so it never splits a character.
template <class Out>
Out write_collapsed(Out out, std::string_view s, std::size_t max) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  bool cut = false;
  if (max > 0 && e - b > max) {
    std::size_t stop = b + max;
    while (stop > b && (static_cast<unsigned char>(s[stop]) & 0xC0u) == 0x80u) --stop;
    e = stop;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    cut = true;
  }
  bool space = false;
  for (std::size_t i = b; i < e; ++i) {
    if (is_ascii_space(s[i])) {
      space = true;
      continue;
    }
    if (space) *out++ = ' ';
    space = false;
    *out++ = s[i];
  }
  if (cut) out = fmt::format_to(out, "...");
  return out;
}

// "said", "told Reuters", "according to": the cue as written, lowercased
// (a sentence-initial "According to" is the same cue), with the channel.
// "told" takes the channel as its object; other cues get it in brackets.
template <class Graph, class Out>
Out write_cue(Out out, const Graph& g, const typename Graph::claim_type& c) {
  std::string cue = to_lower(g.cue(c));
  if (cue.empty()) cue = "(no cue)";
  out = write_collapsed(out, cue, 0);
  if (c.via.valid() && c.via.index() < g.actor_count()) {
    std::string_view via = g[c.via].name;
    bool told = cue.size() >= 4 && cue.compare(cue.size() - 4, 4, "told") == 0;
    out = told ? fmt::format_to(out, " {}", via) : fmt::format_to(out, " (via {})", via);
  }
  return out;
}

// "national security adviser, South Korea; senior fellow, Sejong Institute"
template <class Graph, class Out>
Out write_roles(Out out, const Graph& g, actor_id a) {
  // A merged graph states the same role once per article: print it once.
  // A set, so that an actor with many distinct roles stays linear.
  std::unordered_set<std::string> seen;
  for (relation_id rid : g.relations_of(a)) {
    const relation& r = g[rid];
    if (r.subject != a || (r.predicate != predicate::role && r.predicate != predicate::member)) continue;
    std::string line = r.label.empty() ? std::string(to_string(r.predicate)) + " of" : r.label;
    line += r.label.empty() ? " " : ", ";
    line += g[r.object].name;
    bool first = seen.empty();
    if (!seen.insert(line).second) continue;
    out = fmt::format_to(out, "{}{}", first ? ": " : "; ", line);
  }
  return out;
}

}  // namespace detail

template <class OutputIt, class ActorPayload, class ClaimPayload, class ArticlePayload>
OutputIt write_summary(OutputIt out, const basic_graph<ActorPayload, ClaimPayload, ArticlePayload>& g,
                       const summary_options& opt = {}) {
  using graph_type = basic_graph<ActorPayload, ClaimPayload, ArticlePayload>;
  using claim_type = typename graph_type::claim_type;
  auto plural = [](std::size_t n, const char* one, const char* many) { return n == 1 ? one : many; };

  out = fmt::format_to(out, "Who said what about whom: {} {}, {} {}, {} {}\n", g.article_count(),
                       plural(g.article_count(), "article", "articles"), g.actor_count(),
                       plural(g.actor_count(), "actor", "actors"), g.claim_count(),
                       plural(g.claim_count(), "claim", "claims"));

  // Speakers in the order they first speak.
  std::vector<actor_id> speakers;
  std::vector<bool> seen(g.actor_count(), false);
  for (const claim_type& c : g.claims()) {
    if (!seen[c.speaker.index()]) {
      seen[c.speaker.index()] = true;
      speakers.push_back(c.speaker);
    }
  }

  const bool many_articles = g.article_count() > 1;
  for (actor_id s : speakers) {
    out = fmt::format_to(out, "\n{}", g[s]);
    if (opt.roles) out = detail::write_roles(out, g, s);
    *out++ = '\n';
    for (claim_id cid : g.claims_by(s)) {
      const claim_type& c = g[cid];
      out = fmt::format_to(out, "  - ");
      out = detail::write_cue(out, g, c);
      out = fmt::format_to(out, " ({}", c.kind);
      if (many_articles) {
        const auto& art = g[c.article];
        if (art.key.empty())
          out = fmt::format_to(out, ", {}", c.article);
        else
          out = fmt::format_to(out, ", {}", art.key);
      }
      out = fmt::format_to(out, "): ");
      bool quote = c.kind == claim_kind::direct;
      std::string_view content = g.content(c);
      // The comma that led into the attribution ("...before," Kang told) is
      // the writer's, not the speaker's.
      while (!content.empty() && detail::is_ascii_space(content.back())) content.remove_suffix(1);
      if (quote && !content.empty() && content.back() == ',') content.remove_suffix(1);
      if (quote) out = fmt::format_to(out, "\xE2\x80\x9C");
      out = detail::write_collapsed(out, content, opt.max_content);
      if (quote) out = fmt::format_to(out, "\xE2\x80\x9D");
      *out++ = '\n';
      if (!c.about.empty()) {
        out = fmt::format_to(out, "      about: ");
        const char* sep = "";
        for (actor_id a : c.about) {
          out = fmt::format_to(out, "{}{}", sep, g[a].name);
          sep = ", ";
        }
        *out++ = '\n';
      }
    }
  }

  if (opt.about_section) {
    std::vector<actor_id> talked_about;
    for (const auto& a : g.actors())
      if (!g.claims_about(a.id).empty()) talked_about.push_back(a.id);
    std::sort(talked_about.begin(), talked_about.end(), [&](actor_id x, actor_id y) {
      std::size_t nx = g.claims_about(x).size(), ny = g.claims_about(y).size();
      return nx != ny ? nx > ny : x < y;
    });
    if (!talked_about.empty()) out = fmt::format_to(out, "\nAbout whom\n");
    for (actor_id a : talked_about) {
      std::size_t n = g.claims_about(a).size();
      out = fmt::format_to(out, "  {}: {} {}, by ", g[a].name, n, plural(n, "claim", "claims"));
      const char* sep = "";
      for (const actor_tally& t : g.speakers_about(a)) {
        out = fmt::format_to(out, "{}{} ({})", sep, g[t.actor].name, t.count);
        sep = ", ";
      }
      *out++ = '\n';
    }
  }
  return out;
}

// Appends the summary to `s`.
template <class ActorPayload, class ClaimPayload, class ArticlePayload>
void write_summary(std::string& s, const basic_graph<ActorPayload, ClaimPayload, ArticlePayload>& g,
                   const summary_options& opt = {}) {
  write_summary(std::back_inserter(s), g, opt);
}

template <class ActorPayload, class ClaimPayload, class ArticlePayload>
std::string summary(const basic_graph<ActorPayload, ClaimPayload, ArticlePayload>& g,
                    const summary_options& opt = {}) {
  std::string s;
  write_summary(std::back_inserter(s), g, opt);
  return s;
}

}  // namespace whosaid
