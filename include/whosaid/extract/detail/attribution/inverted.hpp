// Sieve: the speaker follows the cue.
//
//   “Trade will recover,” said Lena Park, an economist at Nordbank.
//   The talks failed, said the official.
//   “...,” said party strategist Joe Lind.
//
// Runs after content_then_cue, which passes when no speaker stands before
// the cue; a speaker right after a cue that closes its clause ("said X on
// Friday", "said X of the plan") is inverted even when a name precedes.
#pragma once

#include "content_then_cue.hpp"
#include "sieve.hpp"

namespace whosaid::detail {

struct inverted {
  static constexpr attribution_rule rule = attribution_rule::inverted;

  static sieve_verdict apply(attribution_context& c, const cue_site& site, attribution& a) {
    int sp = site.r.inverted;
    if (sp < 0) {
      sp = mention_after(c, site.h.last, site.s.last);
      if (!c.speaker_like(sp)) return sieve_verdict::settled;
    }
    const std::uint32_t cstart = clause_start(c, site.s, site.h.first, site.covered_to);
    return content_up_to_speaker(c, site, sp, site.h.first, cstart, site.r.inverted >= 0, a)
               ? sieve_verdict::claim
               : sieve_verdict::settled;
  }
};

}  // namespace whosaid::detail
