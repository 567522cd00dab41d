#include "table.hpp"

#include <algorithm>
#include <ostream>
#include <string_view>

#include <whosaid/utf8.hpp>

namespace whosaid::cli {
namespace {

using whosaid::excerpt;
using whosaid::utf8_length;

struct column {
  std::string title;
  std::size_t cap;  // widest it may grow; the last column is not padded
};

// `s` on one line in exactly `width` characters: cut with an ellipsis, or
// padded with spaces.
std::string fit(std::string_view s, std::size_t width) {
  std::string one_line = excerpt(s, width);
  std::size_t n = utf8_length(one_line);
  if (n > width) one_line = excerpt(s, width - 1);  // room for the ellipsis
  n = utf8_length(one_line);
  if (n < width) one_line.append(width - n, ' ');
  return one_line;
}

void print_table(std::ostream& os, const std::vector<column>& cols, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(cols.size());
  for (std::size_t c = 0; c < cols.size(); ++c) {
    width[c] = utf8_length(cols[c].title);
    for (const auto& r : rows) width[c] = std::max(width[c], utf8_length(excerpt(r[c], cols[c].cap)));
    width[c] = std::min(width[c], cols[c].cap);
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (c + 1 == cols.size()) {
        out += excerpt(cells[c], cols[c].cap);
      } else {
        out += fit(cells[c], width[c]);
        out += "  ";
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    os << out << '\n';
  };
  std::vector<std::string> titles;
  for (const column& c : cols) titles.push_back(c.title);
  line(titles);
  for (const auto& r : rows) line(r);
}

std::string names(const whosaid::graph& g, const whosaid::claim& c) {
  std::string s;
  for (whosaid::actor_id a : c.about) {
    if (!s.empty()) s += ", ";
    s += g[a].name;
  }
  return s;
}

std::string article_name(const whosaid::graph& g, whosaid::article_id a) {
  const auto& art = g[a];
  return art.key.empty() ? "#" + std::to_string(a.value()) : art.key;
}

}  // namespace

void print_claims(std::ostream& os, const whosaid::graph& g, const std::vector<whosaid::claim_id>& claims,
                  bool show_article) {
  if (claims.empty()) {
    os << "(no claims)\n";
    return;
  }
  std::vector<column> cols;
  if (show_article) cols.push_back({"ARTICLE", 24});
  for (const column& c : {column{"SPEAKER", 26}, column{"CUE", 14}, column{"KIND", 8}, column{"ABOUT", 30},
                          column{"VIA", 18}, column{"CONTENT", 72}})
    cols.push_back(c);
  std::vector<std::vector<std::string>> rows;
  rows.reserve(claims.size());
  for (whosaid::claim_id id : claims) {
    const whosaid::claim& c = g[id];
    std::vector<std::string> r;
    if (show_article) r.push_back(article_name(g, c.article));
    std::string speaker = g[c.speaker].name;
    if (g[c.speaker].anonymous) speaker += " (unnamed)";
    r.push_back(speaker);
    std::string cue(g.cue(c));
    r.push_back(cue.empty() ? "-" : cue);
    r.push_back(std::string(whosaid::to_string(c.kind)));
    r.push_back(names(g, c));
    r.push_back(c.via.valid() ? g[c.via].name : std::string());
    std::string content(g.content(c));
    r.push_back(c.kind == whosaid::claim_kind::direct ? "\xE2\x80\x9C" + content + "\xE2\x80\x9D" : content);
    rows.push_back(std::move(r));
  }
  print_table(os, cols, rows);
}

void print_article(std::ostream& os, const whosaid::graph& g, whosaid::article_id a) {
  const auto& art = g[a];
  auto claims = g.claims_in(a);
  std::string heading = article_name(g, a);
  if (!art.headline.empty()) heading += " \xE2\x80\x94 " + art.headline;
  os << "== " << heading << " (" << claims.size() << (claims.size() == 1 ? " claim" : " claims") << ")\n";
  print_claims(os, g, std::vector<whosaid::claim_id>(claims.begin(), claims.end()), false);
  auto relations = g.relations_in(a);
  if (!relations.empty()) {
    os << "Relations:\n";
    for (whosaid::relation_id id : relations) {
      const whosaid::relation& r = g[id];
      os << "  " << g[r.subject].name << " \xE2\x80\x94" << whosaid::to_string(r.predicate) << "\xE2\x86\x92 "
         << g[r.object].name;
      if (!r.label.empty()) os << " (" << excerpt(r.label, 60) << ")";
      os << '\n';
    }
  }
}

void print_ranking(std::ostream& os, const whosaid::graph& g, const std::vector<whosaid::actor_tally>& rows,
                   const std::string& count_label) {
  if (rows.empty()) {
    os << "(none)\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& a = g[rows[i].actor];
    cells.push_back({std::to_string(i + 1), a.name, std::string(whosaid::to_string(a.kind)),
                     std::to_string(rows[i].count)});
  }
  print_table(os, {{"#", 6}, {"ACTOR", 40}, {"KIND", 12}, {count_label, 12}}, cells);
}

}  // namespace whosaid::cli
