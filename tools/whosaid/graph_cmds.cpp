// `whosaid merge` and `whosaid query`: the commands that work on saved
// graphs (the JSON that `whosaid graph` writes).
#include <algorithm>
#include <charconv>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>
#include <whosaid/graph.hpp>
#include <whosaid/identity.hpp>

#include "cli.hpp"
#include "diagnostics.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "table.hpp"

namespace whosaid::cli {
namespace {

// ASCII case-insensitive equality, as find_actor compares names.
bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

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
  if (o.join_people) whosaid::join_people(all);
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
  if (all.size() > 1 && !same_name(g[*id].name, name)) {
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

nlohmann::ordered_json ranking(const whosaid::graph& g, const std::vector<whosaid::actor_tally>& rows) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : rows)
    out.push_back({{"name", g[r.actor].name}, {"kind", whosaid::to_string(g[r.actor].kind)}, {"claims", r.count}});
  return out;
}

}  // namespace

int run_query(const query_options& o) {
  diagnostics diag(o.common.strict, o.common.quiet);
  whosaid::graph g = load_graphs(o.inputs, diag);
  whosaid::join_people(g);  // as graph and merge write it: a name asked for finds the whole person
  if (diag.stopped()) return exit_partial;
  bool input_failed = diag.failures() > 0;
  // Nothing could be read: no answer, rather than "(no claims)" under the error.
  if (input_failed && g.empty()) return exit_partial;

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
    // An index too large for any graph is simply no article.
    std::uint64_t n = 0;
    const char* end = o.article.data() + o.article.size();
    auto [stop, ec] = std::from_chars(o.article.data(), end, n);
    if (!art && ec == std::errc() && stop == end && n < g.article_count())
      art = whosaid::article_id(static_cast<std::uint32_t>(n));
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
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    if (list_claims) {
      nlohmann::ordered_json& list = doc["claims"] = nlohmann::ordered_json::array();
      for (auto id : claims) {
        const auto& c = g[id];
        const auto& art = g[c.article];
        nlohmann::ordered_json about = nlohmann::ordered_json::array();
        for (auto a : c.about) about.push_back(g[a].name);
        nlohmann::ordered_json item;
        item["id"] = c.id.value();
        if (art.key.empty())
          item["article"] = c.article.value();
        else
          item["article"] = art.key;
        item["speaker"] = g[c.speaker].name;
        item["cue"] = std::string(g.cue(c));
        item["kind"] = whosaid::to_string(c.kind);
        item["content"] = std::string(g.content(c));
        item["about"] = std::move(about);
        item["via"] = c.via.valid() ? nlohmann::ordered_json(g[c.via].name) : nlohmann::ordered_json();
        item["span"] = {c.content.begin, c.content.end};
        list.push_back(std::move(item));
      }
    }
    if (o.top_speakers > 0) doc["top_speakers"] = ranking(g, speakers);
    if (o.top_targets > 0) doc["top_targets"] = ranking(g, targets);
    // Saved graphs may carry any bytes: the output stays valid UTF-8.
    os << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
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
