// A multimap from 64-bit hashes to small values, chained through one vector
// of nodes: an insert is an append (no node allocation, unlike
// std::unordered_multimap) and a lookup is one array read and a short walk.
// The graph indexes actor names with it and the extractor's coreference its
// actors' names; both compare the candidates' real names themselves.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <vector>

namespace whosaid::detail {

template <class Value>
class flat_multimap {
 public:
  void insert(std::uint64_t key, Value value) {
    if (nodes_.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
      throw std::length_error("flat_multimap is full");
    if (nodes_.size() + 1 > heads_.size()) rehash(heads_.empty() ? 16 : heads_.size() * 2);
    const std::size_t b = bucket(key);
    nodes_.push_back(node{key, value, heads_[b]});
    heads_[b] = static_cast<std::int32_t>(nodes_.size() - 1);
  }

  // Calls f(value) for each value stored under `key`, newest first.
  template <class F>
  void for_each(std::uint64_t key, F&& f) const {
    if (heads_.empty()) return;
    for (std::int32_t i = heads_[bucket(key)]; i >= 0; i = nodes_[static_cast<std::size_t>(i)].next)
      if (nodes_[static_cast<std::size_t>(i)].key == key) f(nodes_[static_cast<std::size_t>(i)].value);
  }

  // Like for_each, for the values inserted once size() was `since` or more
  // only: a chain runs from its newest node to its oldest, so the walk stops
  // at the first older one instead of visiting a long history.
  template <class F>
  void for_each_since(std::uint64_t key, std::size_t since, F&& f) const {
    if (heads_.empty()) return;
    for (std::int32_t i = heads_[bucket(key)]; i >= 0 && static_cast<std::size_t>(i) >= since;
         i = nodes_[static_cast<std::size_t>(i)].next)
      if (nodes_[static_cast<std::size_t>(i)].key == key) f(nodes_[static_cast<std::size_t>(i)].value);
  }

  std::size_t size() const noexcept { return nodes_.size(); }
  bool empty() const noexcept { return nodes_.empty(); }
  void clear() noexcept {
    heads_.clear();
    nodes_.clear();
  }
  // Room for n entries without rehashing.
  void reserve(std::size_t n) {
    nodes_.reserve(n);
    if (n > heads_.size()) {
      std::size_t b = heads_.empty() ? 16 : heads_.size();
      while (b < n) b *= 2;
      rehash(b);
    }
  }
  // Bytes held by the two arrays.
  std::size_t memory_bytes() const noexcept {
    return heads_.capacity() * sizeof(std::int32_t) + nodes_.capacity() * sizeof(node);
  }

 private:
  struct node {
    std::uint64_t key;
    Value value;
    std::int32_t next;  // index in nodes_ of the next node of the bucket, -1 at the end
  };

  std::size_t bucket(std::uint64_t key) const noexcept {
    // The keys are hashes already; fold the high half in for tables whose
    // mask would see only the low bits.
    return static_cast<std::size_t>(key ^ (key >> 32)) & (heads_.size() - 1);
  }
  void rehash(std::size_t buckets) {
    heads_.assign(buckets, -1);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const std::size_t b = bucket(nodes_[i].key);
      nodes_[i].next = heads_[b];
      heads_[b] = static_cast<std::int32_t>(i);
    }
  }

  std::vector<std::int32_t> heads_;  // per bucket: its newest node, or -1
  std::vector<node> nodes_;
};

}  // namespace whosaid::detail
