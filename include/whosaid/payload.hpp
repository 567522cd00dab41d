// The user's payload on articles, actors and claims. The graph is a template
// over three payload types so a user can attach a knowledge-base id, a party
// or a gender field for a source audit without forking the library;
// `no_payload` is the empty default.
#pragma once

namespace whosaid {

struct no_payload {
  friend constexpr bool operator==(no_payload, no_payload) noexcept { return true; }
  friend constexpr bool operator!=(no_payload, no_payload) noexcept { return false; }
};

}  // namespace whosaid
