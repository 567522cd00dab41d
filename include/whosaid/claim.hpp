// A claim: one attribution. Who (speaker) said what (content span) about whom
// (about), how (kind, cue), through whom (via), and where (article, spans).
#pragma once

#include <vector>

#include "ids.hpp"
#include "kinds.hpp"
#include "payload.hpp"
#include "text_span.hpp"

namespace whosaid {

template <class Payload = no_payload>
struct basic_claim {
  claim_id id;                 // assigned by the graph
  article_id article;
  actor_id speaker;
  actor_id via;                // the channel ("told Reuters"); invalid when none
  claim_kind kind = claim_kind::direct;
  text_span content;           // the reported content, without quotation marks
  text_span cue;               // "said", "told", "according to", as written
  text_span speaker_mention;   // the mention the attribution used: "he", "Kang"
  std::vector<actor_id> about; // the actors the content is about
  Payload payload{};
};

using claim = basic_claim<>;

}  // namespace whosaid
