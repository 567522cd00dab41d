// A composable query over a graph's claims:
//
//   for (const auto& c : g.select().said_by(lee).about(china).kind(claim_kind::direct))
//     ...
//
// Building a filter allocates nothing and copies no claim. Iteration walks the
// shortest index list among the criteria given (a speaker's claims, an actor's
// mentions, an article's claims, a channel's relays) and tests the rest, so
// its cost follows the answer, not the graph. to_vector() is the one call that
// allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "detail/text.hpp"
#include "ids.hpp"
#include "kinds.hpp"

namespace whosaid {

template <class Graph>
class claim_filter {
 public:
  using claim_type = typename Graph::claim_type;

  explicit claim_filter(const Graph& g) noexcept : g_(&g) {}

  // Each criterion has two overloads: on a named filter it narrows that filter
  // and returns it; on a temporary (g.select().about(x)) it returns the
  // narrowed filter by value, so a range-for over the chain owns its filter
  // instead of referring to a temporary that died at the end of the chain.
  claim_filter& said_by(actor_id a) & noexcept { speaker_ = a; return *this; }
  claim_filter said_by(actor_id a) && noexcept { speaker_ = a; return *this; }
  claim_filter& about(actor_id a) & noexcept { about_ = a; return *this; }
  claim_filter about(actor_id a) && noexcept { about_ = a; return *this; }
  claim_filter& via(actor_id a) & noexcept { via_ = a; return *this; }
  claim_filter via(actor_id a) && noexcept { via_ = a; return *this; }
  claim_filter& in(article_id a) & noexcept { article_ = a; return *this; }
  claim_filter in(article_id a) && noexcept { article_ = a; return *this; }
  claim_filter& kind(claim_kind k) & noexcept { kind_ = k; return *this; }
  claim_filter kind(claim_kind k) && noexcept { kind_ = k; return *this; }
  // The cue as written, ignoring case ("said", "told", "according to"). The
  // filter keeps a view: the string must outlive the iteration.
  claim_filter& cue(std::string_view c) & noexcept { cue_ = c; has_cue_ = true; return *this; }
  claim_filter cue(std::string_view c) && noexcept { cue_ = c; has_cue_ = true; return *this; }

  bool matches(const claim_type& c) const noexcept {
    if (speaker_ && c.speaker != *speaker_) return false;
    if (via_ && c.via != *via_) return false;
    if (article_ && c.article != *article_) return false;
    if (kind_ && c.kind != *kind_) return false;
    if (about_) {
      bool hit = false;
      for (actor_id a : c.about) hit = hit || a == *about_;
      if (!hit) return false;
    }
    if (has_cue_ && !detail::iequals(g_->cue(c), cue_)) return false;
    return true;
  }

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = claim_type;
    using difference_type = std::ptrdiff_t;
    using pointer = const claim_type*;
    using reference = const claim_type&;

    iterator() noexcept = default;
    reference operator*() const noexcept { return (*f_->g_)[current()]; }
    pointer operator->() const noexcept { return &**this; }
    iterator& operator++() noexcept {
      ++pos_;
      skip();
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator t = *this;
      ++*this;
      return t;
    }
    friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.pos_ == b.pos_; }
    friend bool operator!=(const iterator& a, const iterator& b) noexcept { return a.pos_ != b.pos_; }

   private:
    friend class claim_filter;
    iterator(const claim_filter* f, const claim_id* list, std::size_t pos, std::size_t end) noexcept
        : f_(f), list_(list), pos_(pos), end_(end) {
      skip();
    }
    claim_id current() const noexcept {
      return list_ ? list_[pos_] : claim_id(static_cast<std::uint32_t>(pos_));
    }
    void skip() noexcept {
      while (pos_ < end_ && !f_->matches((*f_->g_)[current()])) ++pos_;
    }
    const claim_filter* f_ = nullptr;
    const claim_id* list_ = nullptr;  // null: every claim, by position
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
  };

  iterator begin() const noexcept {
    auto [list, n] = base();
    return iterator(this, list, 0, n);
  }
  iterator end() const noexcept {
    auto [list, n] = base();
    return iterator(this, list, n, n);
  }

  bool empty() const noexcept { return begin() == end(); }
  std::size_t count() const noexcept {
    std::size_t n = 0;
    for (auto it = begin(); it != end(); ++it) ++n;
    return n;
  }
  std::vector<claim_id> to_vector() const {
    std::vector<claim_id> out;
    for (const claim_type& c : *this) out.push_back(c.id);
    return out;
  }

 private:
  struct base_list {
    const claim_id* list;
    std::size_t size;
  };

  // The smallest index that every answer must be in.
  base_list base() const noexcept {
    static constexpr claim_id none{};
    base_list best{nullptr, g_->claim_count()};
    bool chosen = false;
    auto consider = [&](auto view) {
      if (!chosen || view.size() < best.size) {
        // An empty index has no storage; point at a sentinel so that a null
        // list keeps meaning "every claim".
        best = {view.empty() ? &none : view.begin(), view.size()};
        chosen = true;
      }
    };
    if (speaker_) consider(g_->claims_by(*speaker_));
    if (about_) consider(g_->claims_about(*about_));
    if (via_) consider(g_->claims_via(*via_));
    if (article_) consider(g_->claims_in(*article_));
    return best;
  }

  const Graph* g_;
  std::optional<actor_id> speaker_, about_, via_;
  std::optional<article_id> article_;
  std::optional<claim_kind> kind_;
  std::string_view cue_;
  bool has_cue_ = false;
};

}  // namespace whosaid
