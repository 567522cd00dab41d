// Sieve: a quotation that stands alone continues the previous speaker.
//
//   Mia Olsen said the port would reopen in May.
//   “The ships can come back next week. We are ready.”
//
// The quotation must be most of its sentence and read as one; the speaker
// is left to the article stage (`inherit`): the speaker an introduction
// ("X said:") left for this paragraph, or the last speaker within two
// paragraphs, which coreference knows.
#pragma once

#include <cstdint>

#include "sieve.hpp"

namespace whosaid::detail {

struct inherited_speaker {
  static constexpr attribution_rule rule = attribution_rule::inherited_speaker;

  static void apply(attribution_context& c, quote_index& qi) {
    qi.claim_free(c, rule, [&](const quotation& q, const quote_index::window_facts& w, attribution& a) {
      if (w.owned || !quote_index::sentence_like(c, q) || w.outside_words > quote_index::words_inside(c, q) / 3 + 1)
        return false;
      a.inherit = true;
      return true;
    });
  }
};

// The article stage of the same rule: who an inherited quotation's speaker
// is. Kept from paragraph to paragraph by the extractor.
class speaker_memory {
 public:
  // "X said:" ended the previous paragraph: X's actor speaks this one's quotes.
  void introduce(int actor) noexcept { intro_ = actor; }
  void forget_introduction() noexcept { intro_ = -1; }

  // The actor of an inherited attribution in paragraph `par`, given the last
  // speaker that coreference knows: the introduced speaker, else the last
  // one if a claim was made at most two paragraphs back; or -1.
  int resolve(std::uint32_t par, int last_speaker) const noexcept {
    if (intro_ >= 0) return intro_;
    if (last_speaker >= 0 && par <= last_claim_par_ + 2) return last_speaker;
    return -1;
  }
  // A claim was resolved to a speaker in paragraph `par`.
  void spoke(std::uint32_t par) noexcept { last_claim_par_ = par; }

 private:
  int intro_ = -1;
  std::uint32_t last_claim_par_ = 0;
};

}  // namespace whosaid::detail
