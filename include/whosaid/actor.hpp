// An actor: a person, organization, country, media outlet or group, with the
// surface forms the texts use for it.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "detail/text.hpp"
#include "ids.hpp"
#include "kinds.hpp"
#include "payload.hpp"

namespace whosaid {

template <class Payload = no_payload>
struct basic_actor {
  actor_id id;                       // assigned by the graph
  std::string name;                  // canonical: the fullest form seen ("Kang Jun-young")
  actor_kind kind = actor_kind::unknown;
  std::vector<std::string> aliases;  // other surface forms: "Kang", "Seoul" for South Korea
  bool anonymous = false;            // an unnamed but specific source: "a senior official"
  Payload payload{};

  // True when `s` is the name or one of the aliases, ignoring case.
  bool answers_to(std::string_view s) const noexcept {
    if (detail::iequals(name, s)) return true;
    return std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) { return detail::iequals(a, s); });
  }
};

using actor = basic_actor<>;

}  // namespace whosaid
