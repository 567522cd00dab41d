// Plain-text tables of who said what about whom, for a terminal.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include <whosaid/graph.hpp>

namespace whosaid::cli {

// One row per claim: speaker, cue, kind, about, via, then an excerpt of the
// content; with `show_article`, the article's key first.
void print_claims(std::ostream& os, const whosaid::graph& g, const std::vector<whosaid::claim_id>& claims,
                  bool show_article);

// An article's heading, its claims and its relations.
void print_article(std::ostream& os, const whosaid::graph& g, whosaid::article_id article);

// A ranking: position, name, kind and count.
void print_ranking(std::ostream& os, const whosaid::graph& g, const std::vector<whosaid::actor_tally>& rows,
                   const std::string& count_label);

}  // namespace whosaid::cli
