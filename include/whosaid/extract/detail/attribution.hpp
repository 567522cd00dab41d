// Stage 3 of the extractor: who said which quote or paraphrase, by which
// cue. The umbrella of attribution/, where each pattern family is a sieve
// of its own and order.hpp lists the order they run in:
//
//   attribution/context.hpp      the paragraph as the sieves see it
//   attribution/cues.hpp         finding cues ("said", "according to", "went on to say")
//   attribution/clauses.hpp      content boundaries, adverbials, addressees
//   attribution/speakers.hpp     the subject of a cue, the main clause's subject
//   attribution/reading.hpp      what surrounds a cue, read once for every sieve
//   attribution/complements.hpp  does the cue take what follows it?
//   attribution/sieve.hpp        what a sieve is
//   attribution/<pattern>.hpp    one sieve each: colon_introduction, content_then_cue,
//                                inverted, according_to, participle, object_cue, passive,
//                                cue_then_content, speaker_label, dash_signature,
//                                quote_continuation, inherited_speaker,
//                                coordinated_speakers, role_speaker
//   attribution/order.hpp        the order
//   attribution/finder.hpp       runs the order over a paragraph
#pragma once

#include "attribution/finder.hpp"
#include "attribution/role_speaker.hpp"
