// The graph of who said what about whom: articles, actors, claims and
// relations in vectors indexed by their ids, plus the indices that make each
// query cost time in proportion to its answer.
//
// Invariants kept by every mutating call:
//  - ids are dense indices, assigned in insertion order, never reused;
//  - every claim and relation refers to actors and an article that exist, and
//    its spans lie inside that article's text (add_* checks and throws
//    whosaid::invalid_argument otherwise);
//  - the per-actor and per-article index vectors list ids in increasing order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "actor.hpp"
#include "article.hpp"
#include "claim.hpp"
#include "claim_filter.hpp"
#include "detail/flat_multimap.hpp"
#include "detail/id_list.hpp"
#include "detail/text.hpp"
#include "error.hpp"
#include "id_view.hpp"
#include "ids.hpp"
#include "kinds.hpp"
#include "payload.hpp"
#include "relation.hpp"
#include "text_span.hpp"

namespace whosaid {

// An actor and how many claims link it to the actor asked about.
struct actor_tally {
  actor_id actor;
  std::size_t count = 0;
  friend bool operator==(const actor_tally& a, const actor_tally& b) noexcept {
    return a.actor == b.actor && a.count == b.count;
  }
};

// Where merge() put each id of the graph it brought in.
struct merge_map {
  std::vector<article_id> articles;  // indexed by the other graph's article ids
  std::vector<actor_id> actors;      // indexed by the other graph's actor ids
};

template <class ActorPayload = no_payload, class ClaimPayload = no_payload, class ArticlePayload = no_payload>
class basic_graph {
 public:
  using article_type = basic_article<ArticlePayload>;
  using actor_type = basic_actor<ActorPayload>;
  using claim_type = basic_claim<ClaimPayload>;
  using relation_type = relation;
  using filter_type = claim_filter<basic_graph>;

  // ---- building ------------------------------------------------------------

  article_id add_article(article_type a) {
    check_capacity(articles_.size(), "articles");
    if (a.text.size() >= text_span_limit) throw invalid_argument("article text over 4 GiB");
    article_id id(static_cast<std::uint32_t>(articles_.size()));
    a.id = id;
    if (!a.key.empty()) article_by_key_.insert(detail::ihash(a.key), id);
    articles_.push_back(std::move(a));
    claims_by_article_.emplace_back();
    relations_by_article_.emplace_back();
    return id;
  }

  article_id add_article(std::string text) {
    article_type a;
    a.text = std::move(text);
    return add_article(std::move(a));
  }

  // Adds an actor as given. Use find_or_add_actor() to reuse an existing one.
  actor_id add_actor(actor_type a) {
    check_capacity(actors_.size(), "actors");
    actor_id id(static_cast<std::uint32_t>(actors_.size()));
    a.id = id;
    // Drop aliases that repeat the name or each other: aliases are a set.
    std::vector<std::string> aliases = std::move(a.aliases);
    a.aliases.clear();
    actors_.push_back(std::move(a));
    name_index_.insert(detail::ihash(actors_.back().name), name_entry{id, 0});
    for (auto& s : aliases) add_alias(id, std::move(s));
    by_speaker_.emplace_back();
    by_about_.emplace_back();
    by_via_.emplace_back();
    relations_by_actor_.emplace_back();
    return id;
  }

  actor_id add_actor(std::string name, actor_kind kind, std::vector<std::string> aliases = {}) {
    actor_type a;
    a.name = std::move(name);
    a.kind = kind;
    a.aliases = std::move(aliases);
    return add_actor(std::move(a));
  }

  // The actor whose canonical name is `name` (any case) with a compatible
  // kind, or a new one.
  actor_id find_or_add_actor(std::string_view name, actor_kind kind) {
    std::optional<actor_id> found;
    for_each_named(name, [&](actor_id id, bool canonical) {
      if (canonical && compatible(actors_[id.index()].kind, kind) && (!found || id < *found)) found = id;
    });
    return found ? *found : add_actor(std::string(name), kind);
  }

  // Records another surface form of an actor. Returns false when the actor
  // already answers to it.
  bool add_alias(actor_id id, std::string alias) {
    actor_type& a = actor_ref(id);
    if (alias.empty()) return false;
    // Asked of the actor's own forms while they are few, else of the index:
    // an actor with many aliases would make each addition a walk over all
    // of them, and a form that many actors share ("Lind" for every Lind of
    // a corpus) a walk over all of those.
    bool known = false;
    if (a.aliases.size() < 32) known = a.answers_to(alias);
    else for_each_named(alias, [&](actor_id other, bool) { known = known || other == id; });
    if (known) return false;
    const std::uint64_t h = detail::ihash(alias);
    a.aliases.push_back(std::move(alias));
    name_index_.insert(h, name_entry{id, static_cast<std::uint32_t>(a.aliases.size())});
    return true;
  }

  claim_id add_claim(claim_type c) {
    check_capacity(claims_.size(), "claims");
    const article_type& art = article_ref(c.article);
    actor_ref(c.speaker);
    if (c.via.valid()) actor_ref(c.via);
    for (actor_id a : c.about) actor_ref(a);
    check_span(art, c.content, "claim content");
    check_span(art, c.cue, "claim cue");
    check_span(art, c.speaker_mention, "claim speaker mention");
    // about is a set: one entry per actor, in first-mention order.
    auto& ab = c.about;
    for (std::size_t i = 0; i < ab.size();) {
      if (std::find(ab.begin(), ab.begin() + static_cast<std::ptrdiff_t>(i), ab[i]) != ab.begin() + static_cast<std::ptrdiff_t>(i))
        ab.erase(ab.begin() + static_cast<std::ptrdiff_t>(i));
      else
        ++i;
    }
    claim_id id(static_cast<std::uint32_t>(claims_.size()));
    c.id = id;
    by_speaker_[c.speaker.index()].push_back(id);
    for (actor_id a : c.about) by_about_[a.index()].push_back(id);
    if (c.via.valid()) by_via_[c.via.index()].push_back(id);
    claims_by_article_[c.article.index()].push_back(id);
    claims_.push_back(std::move(c));
    return id;
  }

  relation_id add_relation(relation_type r) {
    check_capacity(relations_.size(), "relations");
    const article_type& art = article_ref(r.article);
    actor_ref(r.subject);
    actor_ref(r.object);
    check_span(art, r.evidence, "relation evidence");
    relation_id id(static_cast<std::uint32_t>(relations_.size()));
    r.id = id;
    relations_by_actor_[r.subject.index()].push_back(id);
    if (r.object != r.subject) relations_by_actor_[r.object.index()].push_back(id);
    relations_by_article_[r.article.index()].push_back(id);
    relations_.push_back(std::move(r));
    return id;
  }

  // Reserves room for a known workload; building a million claims without
  // reallocation is the difference between one copy and twenty.
  void reserve(std::size_t articles, std::size_t actors, std::size_t claims, std::size_t relations = 0) {
    articles_.reserve(articles);
    claims_by_article_.reserve(articles);
    relations_by_article_.reserve(articles);
    actors_.reserve(actors);
    by_speaker_.reserve(actors);
    by_about_.reserve(actors);
    by_via_.reserve(actors);
    relations_by_actor_.reserve(actors);
    claims_.reserve(claims);
    relations_.reserve(relations);
  }

  // ---- access --------------------------------------------------------------

  std::size_t article_count() const noexcept { return articles_.size(); }
  std::size_t actor_count() const noexcept { return actors_.size(); }
  std::size_t claim_count() const noexcept { return claims_.size(); }
  std::size_t relation_count() const noexcept { return relations_.size(); }
  bool empty() const noexcept { return articles_.empty() && actors_.empty(); }

  const std::vector<article_type>& articles() const noexcept { return articles_; }
  const std::vector<actor_type>& actors() const noexcept { return actors_; }
  const std::vector<claim_type>& claims() const noexcept { return claims_; }
  const std::vector<relation_type>& relations() const noexcept { return relations_; }

  // Checked access: throws whosaid::not_found for an id the graph does not hold.
  const article_type& at(article_id id) const { return const_cast<basic_graph*>(this)->article_ref(id); }
  const actor_type& at(actor_id id) const { return const_cast<basic_graph*>(this)->actor_ref(id); }
  const claim_type& at(claim_id id) const {
    if (id.index() >= claims_.size()) throw not_found("no claim with id " + std::to_string(id.value()));
    return claims_[id.index()];
  }
  const relation_type& at(relation_id id) const {
    if (id.index() >= relations_.size()) throw not_found("no relation with id " + std::to_string(id.value()));
    return relations_[id.index()];
  }

  // Unchecked access: the id must come from this graph.
  const article_type& operator[](article_id id) const noexcept { return articles_[id.index()]; }
  const actor_type& operator[](actor_id id) const noexcept { return actors_[id.index()]; }
  const claim_type& operator[](claim_id id) const noexcept { return claims_[id.index()]; }
  const relation_type& operator[](relation_id id) const noexcept { return relations_[id.index()]; }

  // The payloads are the one part of an element a user may change in place:
  // nothing in the graph's indices depends on them.
  ActorPayload& payload(actor_id id) { return actor_ref(id).payload; }
  ClaimPayload& payload(claim_id id) {
    if (id.index() >= claims_.size()) throw not_found("no claim with id " + std::to_string(id.value()));
    return claims_[id.index()].payload;
  }
  ArticlePayload& payload(article_id id) { return article_ref(id).payload; }

  // The text a span points into.
  std::string_view text(article_id a, text_span s) const noexcept {
    return a.index() < articles_.size() ? s.of(articles_[a.index()].text) : std::string_view{};
  }
  std::string_view content(const claim_type& c) const noexcept { return text(c.article, c.content); }
  std::string_view cue(const claim_type& c) const noexcept { return text(c.article, c.cue); }
  std::string_view speaker_mention(const claim_type& c) const noexcept { return text(c.article, c.speaker_mention); }
  std::string_view evidence(const relation_type& r) const noexcept { return text(r.article, r.evidence); }

  // ---- lookup --------------------------------------------------------------

  // The actor called `name`, ignoring case: one whose canonical name it is,
  // else one that has it as an alias; the lowest id wins a tie.
  std::optional<actor_id> find_actor(std::string_view name) const noexcept {
    std::optional<actor_id> by_name, by_alias;
    for_each_named(name, [&](actor_id id, bool canonical) {
      std::optional<actor_id>& best = canonical ? by_name : by_alias;
      if (!best || id < *best) best = id;
    });
    return by_name ? by_name : by_alias;
  }

  // Every actor that answers to `name`, in id order ("Lee" may be several).
  std::vector<actor_id> find_actors(std::string_view name) const {
    std::vector<actor_id> out;
    for_each_named(name, [&](actor_id id, bool) { out.push_back(id); });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Like find_actor(), but throws whosaid::not_found.
  actor_id actor_named(std::string_view name) const {
    if (auto id = find_actor(name)) return *id;
    throw not_found("no actor named '" + std::string(name) + "'");
  }

  std::optional<article_id> find_article(std::string_view key) const noexcept {
    std::optional<article_id> best;
    article_by_key_.for_each(detail::ihash(key), [&](article_id id) {
      if (detail::iequals(articles_[id.index()].key, key) && (!best || id < *best)) best = id;
    });
    return best;
  }

  // ---- queries (each O(answer size)) --------------------------------------

  id_view<claim_id> claims_by(actor_id speaker) const noexcept { return view(by_speaker_, speaker); }
  id_view<claim_id> claims_about(actor_id target) const noexcept { return view(by_about_, target); }
  id_view<claim_id> claims_via(actor_id channel) const noexcept { return view(by_via_, channel); }
  id_view<claim_id> claims_in(article_id a) const noexcept { return view(claims_by_article_, a); }
  id_view<relation_id> relations_of(actor_id a) const noexcept { return view(relations_by_actor_, a); }
  id_view<relation_id> relations_in(article_id a) const noexcept { return view(relations_by_article_, a); }

  // Who talks about `target`, with how many claims each; most first.
  std::vector<actor_tally> speakers_about(actor_id target) const {
    return count_actors(claims_about(target), [](const claim_type& c, auto&& emit) { emit(c.speaker); });
  }

  // Whom `speaker` talks about, with how many claims each; most first.
  std::vector<actor_tally> targets_of(actor_id speaker) const {
    return count_actors(claims_by(speaker), [](const claim_type& c, auto&& emit) {
      for (actor_id a : c.about) emit(a);
    });
  }

  // A composable query over the claims; see claim_filter.hpp.
  filter_type select() const noexcept { return filter_type(*this); }

  // ---- merging -------------------------------------------------------------

  // Brings another graph in: its articles, actors, claims and relations, each
  // claim and relation keeping its article and spans as provenance.
  //
  // The rule for unifying an incoming actor with one already here (the first
  // that applies wins):
  //  1. an anonymous actor ("a senior official") is never unified: two
  //     articles' unnamed sources are not known to be the same person;
  //  2. the same canonical name, ignoring case, with compatible kinds
  //     (equal, or one of them unknown);
  //  3. one's canonical name is the other's alias, kinds compatible, and only
  //     one actor here qualifies; for people the shared form must be a full
  //     name of two or more words. A bare surname is no evidence: "Lee" (Lee
  //     Jae Myung) and "Lee" (Lee Hsien Loong) stay apart, and so do
  //     "Lee Jae Myung" and an actor known only as "Lee".
  // A unified actor keeps its payload and canonical name here and gains the
  // other's name and aliases as aliases. Its kind and the case of its name
  // do not depend on which came first: of a known and an unknown kind it has
  // the known one, and of two names that differ only in case ("government",
  // "Government") the one with more capitals (then the first in byte order).
  // Which actors are unified can still depend on the order of merging: an
  // actor of unknown kind that shares a name with two of different kinds
  // joins the first it meets, and an alias shared by two actors ("Democratic")
  // is ambiguous only once both are here.
  merge_map merge(const basic_graph& other) { return merge_impl<false>(other); }
  merge_map merge(basic_graph&& other) { return merge_impl<true>(other); }

  // The actor here that `a` (from another graph) would be unified with.
  std::optional<actor_id> find_equivalent(const actor_type& a) const {
    if (a.anonymous) return std::nullopt;
    // (The name index is walked directly: a merge asks this for every actor
    // of every article, and a candidate list would be an allocation each.)
    std::optional<actor_id> same;  // the lowest id with the same name
    for_each_named(a.name, [&](actor_id id, bool canonical) {
      const actor_type& mine = actors_[id.index()];
      if (canonical && !mine.anonymous && compatible(mine.kind, a.kind) && (!same || id < *same)) same = id;
    });
    if (same) return same;
    std::optional<actor_id> found;
    bool ambiguous = false;
    auto consider = [&](actor_id id, std::string_view shared) {
      const actor_type& mine = actors_[id.index()];
      if (mine.anonymous || !compatible(mine.kind, a.kind)) return;
      bool person = mine.kind == actor_kind::person || a.kind == actor_kind::person;
      if (person && !is_full_name(shared)) return;
      if (found && *found != id) ambiguous = true;
      found = id;
    };
    // Their name is one of our aliases.
    for_each_named(a.name, [&](actor_id id, bool) { consider(id, a.name); });
    // Our name is one of their aliases.
    for (const std::string& alias : a.aliases)
      for_each_named(alias, [&](actor_id id, bool canonical) {
        if (canonical) consider(id, alias);
      });
    if (ambiguous) return std::nullopt;
    return found;
  }

 private:
  static constexpr std::size_t text_span_limit = 0xFFFFFFFFu;

  template <class Id, class Key>
  static id_view<Id> view(const std::vector<detail::id_list<Id>>& idx, Key k) noexcept {
    if (k.index() >= idx.size()) return {};
    return id_view<Id>(idx[k.index()]);
  }

  template <class T>
  static void grow_for(std::vector<T>& v, std::size_t more) {
    std::size_t need = v.size() + more;
    if (need > v.capacity()) v.reserve(std::max(need, 2 * v.capacity()));
  }

  static void check_capacity(std::size_t n, const char* what) {
    if (n >= basic_id<void>::invalid_value) throw invalid_argument(std::string("too many ") + what);
  }

  static void check_span(const article_type& a, text_span s, const char* what) {
    if (s.begin > s.end || s.end > a.text.size())
      throw invalid_argument(std::string(what) + " span [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
                             ") lies outside the article text of " + std::to_string(a.text.size()) + " bytes");
  }

  // Of two spellings of one name that differ only in case, the one a merge
  // keeps: fewer words that look mistyped with the shift key held ("HIllary":
  // two capitals, then lower case), then more capitals ("Government" over
  // "government"), then the first in byte order. A total order, so the
  // choice is the same in whatever order the graphs are merged.
  static bool preferred_form(std::string_view x, std::string_view y) noexcept {
    using detail::is_ascii_upper;
    auto capitals = [](std::string_view s) { return std::count_if(s.begin(), s.end(), is_ascii_upper); };
    auto shift_slips = [](std::string_view s) {
      std::ptrdiff_t n = 0;
      for (std::size_t i = 0; i + 2 < s.size(); ++i)
        if ((i == 0 || detail::is_ascii_space(s[i - 1])) && is_ascii_upper(s[i]) && is_ascii_upper(s[i + 1]) &&
            detail::is_ascii_lower(s[i + 2]))
          ++n;
      return n;
    };
    const auto sx = shift_slips(x), sy = shift_slips(y);
    if (sx != sy) return sx < sy;
    const auto cx = capitals(x), cy = capitals(y);
    return cx != cy ? cx > cy : x < y;
  }

  static bool is_full_name(std::string_view s) noexcept {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : s) {
      bool space = detail::is_ascii_space(c);
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words >= 2;
  }

  article_type& article_ref(article_id id) {
    if (id.index() >= articles_.size()) throw not_found("no article with id " + std::to_string(id.value()));
    return articles_[id.index()];
  }
  actor_type& actor_ref(actor_id id) {
    if (id.index() >= actors_.size()) throw not_found("no actor with id " + std::to_string(id.value()));
    return actors_[id.index()];
  }

  // Calls f(actor, canonical) for each name or alias equal to `s` ignoring
  // case; canonical says it is the actor's name. The walk costs the actors
  // that share the form, never the length of anyone's alias list.
  template <class F>
  void for_each_named(std::string_view s, F&& f) const {
    name_index_.for_each(detail::ihash(s), [&](name_entry e) {
      const actor_type& a = actors_[e.actor.index()];
      std::string_view form = e.form == 0 ? std::string_view(a.name) : std::string_view(a.aliases[e.form - 1]);
      if (detail::iequals(form, s)) f(e.actor, e.form == 0);
    });
  }

  template <class Emit>
  std::vector<actor_tally> count_actors(id_view<claim_id> ids, Emit per_claim) const {
    std::unordered_map<actor_id, std::size_t> counts;
    for (claim_id c : ids) per_claim(claims_[c.index()], [&](actor_id a) { ++counts[a]; });
    std::vector<actor_tally> out;
    out.reserve(counts.size());
    for (auto& [a, n] : counts) out.push_back({a, n});
    std::sort(out.begin(), out.end(), [](const actor_tally& x, const actor_tally& y) {
      return x.count != y.count ? x.count > y.count : x.actor < y.actor;
    });
    return out;
  }

  // Moves from the other graph when merge() was given it to consume.
  template <bool Steal, class T>
  static auto take(T& x) {
    if constexpr (Steal) return std::move(x); else return x;
  }

  template <bool Steal, class Other>
  merge_map merge_impl(Other& other) {
    constexpr bool steal = Steal;
    if (&other == this) throw invalid_argument("cannot merge a graph into itself");
    merge_map map;
    map.articles.reserve(other.articles_.size());
    for (auto& a : other.articles_) {
      article_type copy = take<steal>(a);
      map.articles.push_back(add_article(std::move(copy)));
    }
    map.actors.reserve(other.actors_.size());
    for (auto& a : other.actors_) {
      if (auto here = find_equivalent(a)) {
        actor_type& mine = actors_[here->index()];
        if (mine.kind == actor_kind::unknown) mine.kind = a.kind;
        // Same hash either way: the index entry for the name stays right.
        if (detail::iequals(mine.name, a.name) && preferred_form(a.name, mine.name)) mine.name = a.name;
        add_alias(*here, a.name);
        for (const std::string& s : a.aliases) add_alias(*here, s);
        map.actors.push_back(*here);
      } else {
        actor_type copy = take<steal>(a);
        map.actors.push_back(add_actor(std::move(copy)));
      }
    }
    // Grow geometrically, never to the exact sum: a corpus run merges one
    // small graph per article, and an exact reserve would reallocate (copy
    // every claim so far) on each merge, quadratic over the corpus.
    grow_for(claims_, other.claims_.size());
    grow_for(relations_, other.relations_.size());
    for (auto& c : other.claims_) {
      claim_type copy = take<steal>(c);
      copy.article = map.articles[copy.article.index()];
      copy.speaker = map.actors[copy.speaker.index()];
      if (copy.via.valid()) copy.via = map.actors[copy.via.index()];
      for (actor_id& a : copy.about) a = map.actors[a.index()];
      add_claim(std::move(copy));
    }
    for (auto& r : other.relations_) {
      relation_type copy = take<steal>(r);
      copy.article = map.articles[copy.article.index()];
      copy.subject = map.actors[copy.subject.index()];
      copy.object = map.actors[copy.object.index()];
      add_relation(std::move(copy));
    }
    if constexpr (Steal) other = basic_graph();
    return map;
  }

  std::vector<article_type> articles_;
  std::vector<actor_type> actors_;
  std::vector<claim_type> claims_;
  std::vector<relation_type> relations_;

  // Per-actor indices, indexed by actor id. An id_list rather than a
  // std::vector: 16 bytes instead of 24, and no heap block up to three ids,
  // which is most actors and most lists (see the graph benchmark).
  std::vector<detail::id_list<claim_id>> by_speaker_;
  std::vector<detail::id_list<claim_id>> by_about_;
  std::vector<detail::id_list<claim_id>> by_via_;
  std::vector<detail::id_list<relation_id>> relations_by_actor_;
  // Per-article indices, indexed by article id.
  std::vector<detail::id_list<claim_id>> claims_by_article_;
  std::vector<detail::id_list<relation_id>> relations_by_article_;
  // Case-insensitive hash of every name and alias -> the actor and which of
  // its forms it is (0: the name; k: aliases[k - 1]), so that a lookup
  // compares each candidate's one matching string. Keyed by the hash so that
  // a lookup by string_view needs no allocation (C++17 maps have no
  // heterogeneous lookup).
  struct name_entry {
    actor_id actor;
    std::uint32_t form;
  };
  detail::flat_multimap<name_entry> name_index_;
  detail::flat_multimap<article_id> article_by_key_;  // ihash of article keys
};

using graph = basic_graph<>;

}  // namespace whosaid
