// whosaid's attribution extractor: English news text in, a graph of who said
// what about whom out.
//
//   whosaid::graph g = whosaid::extract(text);
//
//   whosaid::lexicon lex;                       // the built-in one, extendable
//   lex.add_cue("opine", "opine|opines|opined|opining", whosaid::cue_flags::speech | whosaid::cue_flags::that_clause);
//   whosaid::extractor x(std::move(lex));
//   x.extract_into(g, article);
//
// The stages, one header each under extract/: text_scanner (paragraphs,
// tokens, quotations, sentences), mentions, relations, attribution,
// coreference, and extractor (the pipeline).
#pragma once

#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
