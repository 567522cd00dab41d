// whosaid - one person, one node across a corpus: join_people().
//
// Within an article the extractor joins "Lind" to "Ann Lind". Across
// articles merge() does not: a bare surname in one article is no evidence
// of who it is. A whole corpus is. join_people() runs over a finished graph
// (the CLI runs it after `graph` and `merge`) and joins two sorts of actor:
//
//  - names that differ only in single-letter initials ("Donald J. Trump",
//    "Donald Trump"), unless the corpus has two different sets of initials
//    for that name ("George W. Bush", "George H. W. Bush");
//  - a person (or actor of unknown kind) known by one word ("Obama"), in
//    each article where it is used, to the full-name person with that
//    surname: the one named in that same article if there is exactly one,
//    or, where the article names none, the one the corpus names most when
//    it is named in at least twice as many articles as the next ("Barack
//    Obama" over "Michelle Obama"). With two such people in the article, or
//    no clear first in the corpus, the word stays an actor of its own.
//
// The rule reads only the finished graph, so its result does not depend on
// the order in which the parts were merged. An actor all of whose uses
// were joined is dropped (its name and aliases become the other's
// aliases; its payload is not kept); the graph is rebuilt, and the map
// says where each old actor id went.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "detail/text.hpp"
#include "graph.hpp"

namespace whosaid {

namespace detail {

// The words of a name, split at spaces.
inline std::vector<std::string_view> name_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !is_ascii_space(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "J." or "J": one capital letter, with or without its period.
inline bool is_initial(std::string_view w) noexcept {
  if (w.size() == 2 && w[1] == '.') w.remove_suffix(1);
  return w.size() == 1 && is_ascii_upper(w[0]);
}

// A word that can be part of a person's name: it starts with a capital (or
// a non-ASCII letter) and has no digit.
inline bool name_word(std::string_view w) noexcept {
  return !w.empty() && !is_ascii_lower(w[0]) && std::none_of(w.begin(), w.end(), is_ascii_digit);
}

// Calls f(actor, article) for every use of an actor: each claim's speaker,
// channel and about, each relation's two ends.
template <class Graph, class F>
void for_each_actor_use(const Graph& g, F&& f) {
  for (const auto& c : g.claims()) {
    f(c.speaker, c.article);
    if (c.via.valid()) f(c.via, c.article);
    for (actor_id a : c.about) f(a, c.article);
  }
  for (const auto& r : g.relations()) {
    f(r.subject, r.article);
    f(r.object, r.article);
  }
}

}  // namespace detail

/// Joins the people of a finished graph that one corpus names in several
/// ways (see the header comment for the rule). Returns where each actor id
/// went; `joined`, if given, receives how many actor uses were moved.
template <class AP, class CP, class RP>
merge_map join_people(basic_graph<AP, CP, RP>& g, std::size_t* joined = nullptr) {
  using graph_type = basic_graph<AP, CP, RP>;
  const auto& actors = g.actors();
  const std::size_t n = actors.size();
  const std::uint32_t none = basic_id<void>::invalid_value;

  // The articles each actor is used in, in increasing order.
  std::vector<std::vector<article_id>> in(n);
  detail::for_each_actor_use(g, [&](actor_id a, article_id art) {
    auto& v = in[a.index()];
    if (v.empty() || v.back() != art) v.push_back(art);
  });
  for (auto& v : in) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }

  // Full names of people, by their name without initials and by surname.
  std::unordered_map<std::string, std::vector<std::size_t>> by_key, by_surname;
  std::vector<std::string> initials(n), surname(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = actors[i];
    if (a.kind != actor_kind::person || a.anonymous) continue;
    const auto words = detail::name_words(a.name);
    if (words.size() < 2 || !std::all_of(words.begin(), words.end(), detail::name_word)) continue;
    std::string key;
    for (std::string_view w : words) {
      if (detail::is_initial(w)) {
        initials[i] += w[0];
        continue;
      }
      if (!key.empty()) key += ' ';
      key += detail::to_lower(w);
    }
    if (key.find(' ') == std::string::npos) continue;  // "J. Lind" is not a full name
    by_key[key].push_back(i);
    surname[i] = detail::to_lower(words.back());
    by_surname[surname[i]].push_back(i);
  }
  // More articles first, then the lower id: a total order.
  auto ahead = [&](std::size_t x, std::size_t y) {
    return in[x].size() != in[y].size() ? in[x].size() > in[y].size() : x < y;
  };

  // Where each actor goes: everywhere (`to`), or per article for a surname.
  std::vector<std::uint32_t> to(n, none);
  for (auto& [key, members] : by_key) {
    if (members.size() < 2) continue;
    std::string seen;
    bool clash = false;
    for (std::size_t m : members) {
      if (initials[m].empty()) continue;
      if (seen.empty()) seen = initials[m];
      else clash = clash || seen != initials[m];
    }
    if (clash) continue;
    const std::size_t target = *std::min_element(members.begin(), members.end(), ahead);
    for (std::size_t m : members)
      if (m != target) to[m] = static_cast<std::uint32_t>(target);
  }
  auto final_of = [&](std::size_t i) { return to[i] != none ? static_cast<std::size_t>(to[i]) : i; };

  // (article, surname) -> the one full-name person of that surname the
  // article uses, or `none` when it uses two. Built from the uses, so that
  // the surname rule costs the corpus's size, however many share a name.
  auto article_key = [](article_id art, const std::string& surname) {
    return std::to_string(art.index()) + ' ' + surname;
  };
  std::unordered_map<std::string, std::uint32_t> named_in;
  detail::for_each_actor_use(g, [&](actor_id a, article_id art) {
    if (surname[a.index()].empty()) return;
    const auto target = static_cast<std::uint32_t>(final_of(a.index()));
    auto [it, fresh] = named_in.emplace(article_key(art, surname[a.index()]), target);
    if (!fresh && it->second != target) it->second = none;
  });
  std::unordered_map<std::uint64_t, std::uint32_t> per_article;  // (actor, article) -> target
  auto pair_key = [](std::size_t a, article_id art) {
    return (static_cast<std::uint64_t>(a) << 32) | art.index();
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = actors[i];
    if ((a.kind != actor_kind::person && a.kind != actor_kind::unknown) || a.anonymous) continue;
    const auto words = detail::name_words(a.name);
    if (words.size() != 1 || !detail::name_word(words[0]) || detail::is_initial(words[0])) continue;
    auto it = by_surname.find(detail::to_lower(words[0]));
    if (it == by_surname.end()) continue;
    std::vector<std::size_t> cands;
    for (std::size_t c : it->second) cands.push_back(final_of(c));
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    std::sort(cands.begin(), cands.end(), ahead);
    const bool dominant = cands.size() == 1 || in[cands[0]].size() >= 2 * in[cands[1]].size();
    for (article_id art : in[i]) {
      auto here = named_in.find(article_key(art, it->first));
      if (here == named_in.end()) {
        if (dominant) per_article[pair_key(i, art)] = static_cast<std::uint32_t>(cands[0]);
      } else if (here->second != none) {
        per_article[pair_key(i, art)] = here->second;
      }
    }
  }
  auto where = [&](actor_id a, article_id art) -> std::size_t {
    const std::size_t i = a.index();
    if (to[i] != none) return to[i];
    auto it = per_article.find(pair_key(i, art));
    return it != per_article.end() ? static_cast<std::size_t>(it->second) : i;
  };

  // Which actors keep any use; which names each target takes as aliases.
  std::vector<char> keep(n, 0);
  std::vector<std::vector<std::size_t>> absorbs(n);
  std::size_t moved = 0;
  detail::for_each_actor_use(g, [&](actor_id a, article_id art) {
    const std::size_t w = where(a, art);
    keep[w] = 1;
    if (w != a.index()) {
      ++moved;
      absorbs[w].push_back(a.index());
    }
  });
  if (joined) *joined = moved;
  merge_map map;
  for (std::size_t i = 0; i < g.article_count(); ++i) map.articles.push_back(article_id(static_cast<std::uint32_t>(i)));
  if (moved == 0) {
    for (std::size_t i = 0; i < n; ++i) map.actors.push_back(actor_id(static_cast<std::uint32_t>(i)));
    return map;
  }

  graph_type out;
  out.reserve(g.article_count(), n, g.claim_count(), g.relation_count());
  for (const auto& art : g.articles()) out.add_article(art);
  std::vector<actor_id> now(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (!keep[i] && !in[i].empty()) continue;  // every use went elsewhere
    auto copy = actors[i];
    now[i] = out.add_actor(std::move(copy));
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!keep[i] && !in[i].empty()) continue;
    std::sort(absorbs[i].begin(), absorbs[i].end());
    absorbs[i].erase(std::unique(absorbs[i].begin(), absorbs[i].end()), absorbs[i].end());
    for (std::size_t j : absorbs[i]) {
      out.add_alias(now[i], actors[j].name);
      for (const std::string& s : actors[j].aliases) out.add_alias(now[i], s);
    }
  }
  map.actors.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (keep[i] || in[i].empty()) {
      map.actors[i] = now[i];
      continue;
    }
    // A dropped actor: where its first use went.
    map.actors[i] = now[where(actor_id(static_cast<std::uint32_t>(i)), in[i].front())];
  }
  for (const auto& c : g.claims()) {
    auto copy = c;
    copy.speaker = now[where(c.speaker, c.article)];
    if (c.via.valid()) copy.via = now[where(c.via, c.article)];
    for (actor_id& a : copy.about) a = now[where(a, c.article)];  // add_claim drops repeats
    out.add_claim(std::move(copy));
  }
  for (const auto& r : g.relations()) {
    auto copy = r;
    copy.subject = now[where(r.subject, r.article)];
    copy.object = now[where(r.object, r.article)];
    if (copy.subject == copy.object) continue;
    out.add_relation(std::move(copy));
  }
  g = std::move(out);
  return map;
}

}  // namespace whosaid
