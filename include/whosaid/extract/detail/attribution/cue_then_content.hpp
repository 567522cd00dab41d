// Sieve: the speaker, the cue, then the content.
//
//   Harbour chief Mia Olsen said on Friday that the port will reopen.
//   Tomas Berg said the ferry fares were too high.
//   Lind told Reuters the vote would be close.        (the addressee is the channel)
//   The council vowed to resist the closure.          (an infinitive after a cue that takes one)
//   Ida Holm went on to say that the bridge would open in May.
//
// The last of the cue sieves: what the others passed.
#pragma once

#include "sieve.hpp"
#include "speakers.hpp"

namespace whosaid::detail {

// The clause after the cue as content, the subject before the cue as the
// speaker: shared with `passive`.
inline sieve_verdict clause_after_cue(attribution_context& c, const cue_site& site, attribution& a) {
  const std::uint32_t k = site.r.k;
  std::uint32_t e = clause_end(c, site.s, k, site.s.last);
  if (c.is(k, "to")) e = infinitive_end(c, k, e);
  if (e <= k || !clause_complement_ok(c, site, e) || !set_content(c, a, k, e)) return sieve_verdict::settled;
  a.speaker = subject_before(c, site.s, site.h, site.covered_to);
  return a.speaker >= 0 ? sieve_verdict::claim : sieve_verdict::settled;
}

struct cue_then_content {
  static constexpr attribution_rule rule = attribution_rule::cue_then_content;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    return clause_after_cue(c, site, a);
  }
};

}  // namespace whosaid::detail
