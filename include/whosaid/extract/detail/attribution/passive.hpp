// Sieve: the speaker is the subject of a passive cue phrase.
//
//   The minister was quoted as saying the border would stay open.
//   Holm is quoted as saying: “We will rebuild.”
//
// The lexicon's passive phrases carry their auxiliary, so the subject
// before the phrase is the speaker.
#pragma once

#include "cue_then_content.hpp"
#include "sieve.hpp"

namespace whosaid::detail {

struct passive {
  static constexpr attribution_rule rule = attribution_rule::passive;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    if (!site.h.has(cue_flags::passive)) return sieve_verdict::pass;
    return clause_after_cue(c, site, a);
  }
};

}  // namespace whosaid::detail
