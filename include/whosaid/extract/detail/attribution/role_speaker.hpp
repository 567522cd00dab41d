// Sieve (article stage): a definite role phrase stands for the one named
// person of the article who holds that role.
//
//   Chief Negotiator Marta Holm arrived on Monday. ... The bloc's chief
//   negotiator rejected the offer.     ->  Marta Holm rejected the offer
//
// The head noun of an anonymous speaker ("negotiator") must be a word of
// exactly one named person's role labels or titles ("Chief Negotiator
// Marta Holm", a role "negotiator"), and the mention definite ("the ...")
// or possessive ("the bloc's ..."). Runs once per article, after
// coreference: the titles are collected once, so the pass stays linear.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../../../detail/text.hpp"
#include "../../../kinds.hpp"
#include "../coreference.hpp"

namespace whosaid::detail {

struct role_speaker {
  static constexpr attribution_rule rule = attribution_rule::role_speaker;

  // Claims: a vector of records with `int speaker`, `text_span
  // speaker_mention` and `attribution_rule rule`.
  template <class Claims>
  static void apply(std::string_view t, const std::vector<local_actor>& xs, Claims& claims) {
    auto candidate = [&](const auto& c) {
      if (c.speaker < 0) return false;
      const auto& x = xs[static_cast<std::size_t>(c.speaker)];
      return x.anonymous && x.kind == actor_kind::person && !x.head.empty() && !c.speaker_mention.empty();
    };
    // Most articles have no such claim: then the titles need not be collected.
    if (std::none_of(claims.begin(), claims.end(), candidate)) return;
    std::vector<std::pair<std::string, int>> titles;  // word -> person
    auto words_of = [&](std::string_view s, int who) {
      std::size_t i = 0;
      while (i < s.size() && titles.size() < 100000) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) titles.emplace_back(to_lower(s.substr(b, i - b)), who);
      }
    };
    for (std::size_t i = 0; i < xs.size(); ++i) {
      const auto& y = xs[i];
      if (y.anonymous || y.kind != actor_kind::person || y.name.empty()) continue;
      for (const auto& r : y.roles) words_of(r, static_cast<int>(i));
      for (const auto& al : y.aliases)
        if (al.size() > y.name.size() + 1 && al.compare(al.size() - y.name.size(), y.name.size(), y.name) == 0)
          words_of(std::string_view(al).substr(0, al.size() - y.name.size()), static_cast<int>(i));
    }
    if (titles.empty()) return;
    std::sort(titles.begin(), titles.end());
    for (auto& c : claims) {
      if (!candidate(c)) continue;
      const auto& x = xs[static_cast<std::size_t>(c.speaker)];
      const std::string_view sm = c.speaker_mention.of(t);
      const bool possessive = sm.find('\'') != std::string_view::npos || sm.find("\xE2\x80\x99") != std::string_view::npos;
      const std::uint32_t b = c.speaker_mention.begin;
      const bool definite = b >= 4 && iequals(t.substr(b - 4, 4), "the ");
      if (!possessive && !definite) continue;
      auto lo = std::lower_bound(titles.begin(), titles.end(), std::make_pair(x.head, -1));
      int who = -1;
      bool many = false;
      for (auto it = lo; it != titles.end() && it->first == x.head; ++it) {
        if (who >= 0 && it->second != who) many = true;
        who = it->second;
      }
      if (who >= 0 && !many) {
        c.speaker = who;
        c.rule = rule;
      }
    }
  }
};

}  // namespace whosaid::detail
