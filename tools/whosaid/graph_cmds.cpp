// `whosaid merge` and `whosaid query`: the commands that work on saved
// graphs (the JSON that `whosaid graph` writes).
#include <algorithm>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <whosaid/graph.hpp>
#include <whosaid/io/detail/json_escape.hpp>
#include <whosaid/io/detail/sink.hpp>

#include "cli.hpp"
#include "diagnostics.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "table.hpp"

namespace whosaid::cli {
namespace {

// Reads and merges saved graphs in order: the first document as it is,
// each later one merged into it.
whosaid::graph load_graphs(const std::vector<std::string>& operands, diagnostics& diag) {
  auto items = expand_inputs(operands, input_format::automatic, input_format::automatic, diag);
  whosaid::graph all;
  bool first = true;
  for (const input_item& item : items) {
    if (diag.stopped()) break;
    read_graphs(item, diag, [&](whosaid::graph&& g) {
      if (first)
        all = std::move(g);
      else
        all.merge(std::move(g));
      first = false;
    });
  }
  return all;
}

}  // namespace

int run_merge(const merge_options& o) {
  diagnostics diag(o.common.strict, o.common.quiet);
  whosaid::graph all = load_graphs(o.inputs, diag);
  bool wrote = write_graph(all, o.format, o.common, diag);
  return wrote && diag.failures() == 0 ? exit_ok : exit_partial;
}

namespace {

// The actor a name on the command line means: the one whose canonical name
// it is, else the first that has it as an alias. Says so when the name is
// ambiguous, because the answer then depends on that choice.
std::optional<whosaid::actor_id> resolve(const whosaid::graph& g, const std::string& name, diagnostics& diag) {
  auto id = g.find_actor(name);
  if (!id) {
    diag.error("", "no actor named '" + name + "' in the graph");
    return std::nullopt;
  }
  auto all = g.find_actors(name);
  if (all.size() > 1 && !whosaid::detail::iequals(g[*id].name, name)) {
    std::string others;
    for (auto a : all)
      if (a != *id) others += (others.empty() ? "" : ", ") + ("'" + g[a].name + "'");
    diag.warning("", "'" + name + "' could be several actors; using '" + g[*id].name + "' (also " + others +
                         "); give the full name to choose");
  }
  return id;
}

std::vector<whosaid::actor_tally> top(std::unordered_map<whosaid::actor_id, std::size_t>& counts, std::size_t n) {
  std::vector<whosaid::actor_tally> out;
  out.reserve(counts.size());
  for (auto& [a, k] : counts) out.push_back({a, k});
  auto order = [](const whosaid::actor_tally& x, const whosaid::actor_tally& y) {
    return x.count != y.count ? x.count > y.count : x.actor < y.actor;
  };
  if (out.size() > n) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), order);
    out.resize(n);
  } else {
    std::sort(out.begin(), out.end(), order);
  }
  return out;
}

template <class Sink>
void emit_ranking(whosaid::detail::json_emitter<Sink>& em, const whosaid::graph& g,
                  const std::vector<whosaid::actor_tally>& rows) {
  em.begin_array();
  for (const auto& r : rows) {
    em.begin_object();
    em.member("name", std::string_view(g[r.actor].name));
    em.member("kind", whosaid::to_string(g[r.actor].kind));
    em.member("claims", r.count);
    em.end_object();
  }
  em.end_array();
}

}  // namespace

int run_query(const query_options& o) {
  diagnostics diag(o.common.strict, o.common.quiet);
  whosaid::graph g = load_graphs(o.inputs, diag);
  if (diag.stopped()) return exit_partial;
  bool input_failed = diag.failures() > 0;

  // The criteria, resolved. A name that matches nobody ends the query: an
  // answer for the other criteria alone would be a wrong answer.
  auto filter = g.select();
  bool filtered = false;
  std::optional<whosaid::actor_id> speaker, target;
  std::string speaker_name = !o.between.empty() ? o.between[0] : o.said_by;
  std::string target_name = !o.between.empty() ? o.between[1] : o.about;
  if (!o.between.empty() && (!o.said_by.empty() || !o.about.empty())) {
    diag.error("", "--between cannot be combined with --said-by or --about");
    return exit_usage;
  }
  if (!speaker_name.empty()) {
    if (!(speaker = resolve(g, speaker_name, diag))) return exit_partial;
    filter.said_by(*speaker);
    filtered = true;
  }
  if (!target_name.empty()) {
    if (!(target = resolve(g, target_name, diag))) return exit_partial;
    filter.about(*target);
    filtered = true;
  }
  if (!o.article.empty()) {
    auto art = g.find_article(o.article);
    if (!art && !o.article.empty() && o.article.find_first_not_of("0123456789") == std::string::npos) {
      unsigned long n = std::stoul(o.article);
      if (n < g.article_count()) art = whosaid::article_id(static_cast<std::uint32_t>(n));
    }
    if (!art) {
      diag.error("", "no article '" + o.article + "' in the graph");
      return exit_partial;
    }
    filter.in(*art);
    filtered = true;
  }
  if (!o.kind.empty()) {
    auto k = whosaid::parse_claim_kind(o.kind);
    if (!k) {
      diag.error("", "unknown claim kind '" + o.kind + "' (direct, indirect or mixed)");
      return exit_usage;
    }
    filter.kind(*k);
    filtered = true;
  }

  // Rankings count over the claims the criteria select; with no criteria,
  // over the whole graph from its indices, in time linear in the actors.
  std::vector<whosaid::actor_tally> speakers, targets;
  if (o.top_speakers > 0 || o.top_targets > 0) {
    std::unordered_map<whosaid::actor_id, std::size_t> by_speaker, by_target;
    if (filtered) {
      for (const auto& c : filter) {
        ++by_speaker[c.speaker];
        for (auto a : c.about) ++by_target[a];
      }
    } else {
      for (const auto& a : g.actors()) {
        if (auto n = g.claims_by(a.id).size()) by_speaker[a.id] = n;
        if (auto n = g.claims_about(a.id).size()) by_target[a.id] = n;
      }
    }
    if (o.top_speakers > 0) speakers = top(by_speaker, o.top_speakers);
    if (o.top_targets > 0) targets = top(by_target, o.top_targets);
  }
  const bool list_claims = o.top_speakers == 0 && o.top_targets == 0;
  std::vector<whosaid::claim_id> claims;
  if (list_claims) claims = filter.to_vector();

  output out;
  if (!out.open(o.common.output, diag)) return exit_partial;
  std::ostream& os = out.stream();
  if (o.format == "json") {
    using sink_type = whosaid::detail::sink<std::ostreambuf_iterator<char>>;
    sink_type sink{std::ostreambuf_iterator<char>(os)};
    whosaid::detail::json_emitter<sink_type> em(sink, 2);
    em.begin_object();
    if (list_claims) {
      em.key("claims");
      em.begin_array();
      for (auto id : claims) {
        const auto& c = g[id];
        const auto& art = g[c.article];
        em.begin_object();
        em.member("id", c.id.value());
        em.key("article");
        if (art.key.empty())
          em.value(c.article.value());
        else
          em.value(std::string_view(art.key));
        em.member("speaker", std::string_view(g[c.speaker].name));
        em.member("cue", g.cue(c));
        em.member("kind", whosaid::to_string(c.kind));
        em.member("content", g.content(c));
        em.key("about");
        em.begin_array(true);
        for (auto a : c.about) em.value(std::string_view(g[a].name));
        em.end_array();
        em.key("via");
        if (c.via.valid())
          em.value(std::string_view(g[c.via].name));
        else
          em.null();
        em.key("span");
        em.begin_array(true);
        em.value(c.content.begin);
        em.value(c.content.end);
        em.end_array();
        em.end_object();
      }
      em.end_array();
    }
    if (o.top_speakers > 0) {
      em.key("top_speakers");
      emit_ranking(em, g, speakers);
    }
    if (o.top_targets > 0) {
      em.key("top_targets");
      emit_ranking(em, g, targets);
    }
    em.end_object();
    os << '\n';
  } else {
    if (list_claims) print_claims(os, g, claims, true);
    if (o.top_speakers > 0) {
      os << "Top speakers" << (filtered ? " (of the selected claims)" : "") << ":\n";
      print_ranking(os, g, speakers, "CLAIMS");
    }
    if (o.top_targets > 0) {
      if (o.top_speakers > 0) os << '\n';
      os << "Most talked about" << (filtered ? " (in the selected claims)" : "") << ":\n";
      print_ranking(os, g, targets, "CLAIMS");
    }
  }
  bool wrote = out.close(diag);
  return wrote && !input_failed ? exit_ok : exit_partial;
}

}  // namespace whosaid::cli
