// A claim: one attribution. Who (speaker) said what (content span) about whom
// (about), how (kind, cue), through whom (via), and where (article, spans).
#pragma once

#include "detail/id_list.hpp"
#include "ids.hpp"
#include "kinds.hpp"
#include "payload.hpp"
#include "text_span.hpp"

namespace whosaid {

// The list type of claim::about: vector-like (push_back, size, begin/end,
// operator[]), with up to three ids inline.
using actor_list = detail::id_list<actor_id>;

template <class Payload = no_payload>
struct basic_claim {
  claim_id id;                 // assigned by the graph
  article_id article;
  actor_id speaker;
  actor_id via;                // the channel ("told Reuters"); invalid when none
  claim_kind kind = claim_kind::direct;
  attribution_rule rule = attribution_rule::none;  // the sieve that decided it
  text_span content;           // the reported content, without quotation marks
  text_span cue;               // "said", "told", "according to", as written
  // The mention the attribution used: "he", "Kang". A quotation with no cue
  // of its own that continues its speaker's previous claim uses that
  // claim's mention; empty where the speaker comes from no mention.
  text_span speaker_mention;
  // The actors the content is about. A std::vector-like list that keeps up
  // to three ids inline (see detail/id_list.hpp): it saves a heap block per
  // claim, and converts from and to std::vector<actor_id>.
  actor_list about;
  Payload payload{};
};

using claim = basic_claim<>;

}  // namespace whosaid
