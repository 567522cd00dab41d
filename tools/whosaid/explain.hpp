// `whosaid extract --explain`: why each claim came out as it did. Per claim,
// the sentence it stands in, with the content, the cue and the speaker's
// mention marked, and the sieve that decided it.
#pragma once

#include <iosfwd>

#include <whosaid/graph.hpp>

namespace whosaid::cli {

void print_explanation(std::ostream& os, const whosaid::graph& g, whosaid::article_id article);

}  // namespace whosaid::cli
