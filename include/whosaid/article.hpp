// An article: the provenance of every claim and relation. It owns its text;
// everything else in the graph points into it by text_span.
#pragma once

#include <string>
#include <string_view>

#include "ids.hpp"
#include "payload.hpp"
#include "text_span.hpp"

namespace whosaid {

template <class Payload = no_payload>
struct basic_article {
  article_id id;           // assigned by the graph
  std::string key;         // the user's own identifier ("reuters-2016-lavrov-syria"), may be empty
  std::string headline;
  std::string outlet;
  std::string url;
  std::string published;   // as given, ISO 8601 preferred ("2025-11-28")
  std::string text;
  Payload payload{};

  std::string_view text_of(text_span s) const noexcept { return s.of(text); }
};

using article = basic_article<>;

}  // namespace whosaid
