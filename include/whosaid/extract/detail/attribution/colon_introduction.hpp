// Sieve: a colon (or a comma before a quotation) introduces the content.
//
//   Tomas Berg said: “We will not raise the fares.”
//   Jones said, “When people come back, the town will change.”
//   The minister told reporters:            (the paragraph ends: the next
//   “We are ready.”                          paragraph's quote is hers)
#pragma once

#include "sieve.hpp"
#include "speakers.hpp"

namespace whosaid::detail {

struct colon_introduction {
  static constexpr attribution_rule rule = attribution_rule::colon_introduction;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    if (!site.r.colon) return sieve_verdict::pass;
    const sentence& s = site.s;
    if (site.r.nothing_after) {
      // "X said:" ending the paragraph introduces the next paragraph's quote.
      const int sp = cue_subject(c, s, site.h, site.covered_to, site.sentence_speaker, site.r.part);
      if (sp >= 0 && s.last == c.size()) c.state.intro_speaker = sp;
      return sieve_verdict::settled;
    }
    const std::uint32_t k = site.r.k;
    const std::uint32_t e = clause_end(c, s, k, s.last);
    if (e <= k || !set_content(c, a, k, e)) return sieve_verdict::settled;
    a.speaker = subject_before(c, s, site.h, site.covered_to);
    return a.speaker >= 0 ? sieve_verdict::claim : sieve_verdict::settled;
  }
};

}  // namespace whosaid::detail
