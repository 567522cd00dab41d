// whosaid: who said what about whom, from news text, as a graph.
//
// The umbrella header: the model, the graph and its queries. Opt-in headers
// add the rest so that code which only needs the model compiles fast:
//   <whosaid/fmt.hpp>        {fmt} formatters for the model types
//   <whosaid/summary.hpp>    the "who said what about whom" printer
//   <whosaid/extract.hpp>    the attribution extractor
//   <whosaid/io/...>         exporters and importers
#pragma once

#include "actor.hpp"
#include "article.hpp"
#include "claim.hpp"
#include "claim_filter.hpp"
#include "error.hpp"
#include "graph.hpp"
#include "id_view.hpp"
#include "identity.hpp"
#include "ids.hpp"
#include "kinds.hpp"
#include "payload.hpp"
#include "relation.hpp"
#include "text_span.hpp"
#include "utf8.hpp"
#include "version.hpp"
