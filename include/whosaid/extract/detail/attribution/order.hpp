// The attribution sieves, in the order they run: the one list to read (and
// to edit) to see how a claim is decided. A cue sieve that answers `claim`
// or `settled` ends the search for that cue; the paragraph sieves each run
// once, in this order, after every cue of the paragraph. The article stage
// (role_speaker, and the speaker of inherited quotations) runs in the
// extractor after coreference.
//
// To add a pattern: write a sieve (a struct with a `rule` and an `apply`,
// see sieve.hpp and any header here), add its rule to attribution_rule in
// kinds.hpp, and put it in this list where it should win over the others.
#pragma once

#include "according_to.hpp"
#include "colon_introduction.hpp"
#include "content_then_cue.hpp"
#include "coordinated_speakers.hpp"
#include "cue_then_content.hpp"
#include "dash_signature.hpp"
#include "inherited_speaker.hpp"
#include "inverted.hpp"
#include "object_cue.hpp"
#include "participle.hpp"
#include "passive.hpp"
#include "quote_continuation.hpp"
#include "sieve.hpp"
#include "speaker_label.hpp"

namespace whosaid::detail {

inline constexpr sieve sieve_order[] = {
    // Cues whose content comes first ("“...,” X said", "..., said X"):
    // they own the sentence up to their speaker, so a cue word inside that
    // content is not a cue of its own.
    cue_sieve<colon_introduction>(sieve_stage::content_first),  // "X said:" ending the paragraph
    cue_sieve<content_then_cue>(sieve_stage::content_first),
    cue_sieve<inverted>(sieve_stage::content_first),
    // The other cues, left to right; content already claimed is skipped.
    cue_sieve<according_to>(sieve_stage::content_after),
    cue_sieve<participle_sieve>(sieve_stage::content_after),
    cue_sieve<object_cue>(sieve_stage::content_after),
    cue_sieve<colon_introduction>(sieve_stage::content_after),  // "X said: “...”"
    cue_sieve<passive>(sieve_stage::content_after),
    cue_sieve<cue_then_content>(sieve_stage::content_after),
    // Nested reports, "Ruiz said the mayor had told her the dam was safe":
    // a cue inside a claimed content, whose own subject is named there
    // (not a pronoun, most often the outer speaker again), reports too.
    cue_sieve<object_cue>(sieve_stage::nested),
    cue_sieve<passive>(sieve_stage::nested),
    cue_sieve<cue_then_content>(sieve_stage::nested),
    // Once per paragraph.
    paragraph_sieve<speaker_label>(),
    paragraph_sieve<dash_signature>(),
    paragraph_sieve<quote_continuation>(),
    paragraph_sieve<inherited_speaker>(),
    paragraph_sieve<coordinated_speakers>(),
};

}  // namespace whosaid::detail
