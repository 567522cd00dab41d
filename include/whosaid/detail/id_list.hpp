// A list of 32-bit ids in 16 bytes, with room for three inline.
//
// Why not std::vector: a graph holds one list per claim (the actors it is
// about) and several per actor and per article (the indices). Most of them
// are short: a claim is about one to three actors, and in news most actors
// are quoted once or twice. A std::vector costs 24 bytes plus a heap block
// (32 bytes at least with glibc) even for one id; this list costs 16 bytes and
// no heap block up to three ids, which halves the graph's memory per claim.
//
// It behaves like a std::vector<Id> for everything the library and its users
// do with these lists: iteration over contiguous ids (begin() and end() are
// pointers, so id_view can point into it), size, indexing, push_back, insert,
// erase, assign, comparison, and conversion from and to std::vector<Id>.
//
// Layout: a 32-bit word holding the size, and its top bit saying whether the
// ids are on the heap; then three id slots. On the heap, the first slot holds
// the capacity and the other two the block's address. The address is copied
// in and out with memcpy because those slots are only 4-byte aligned.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace whosaid::detail {

template <class Id>
class id_list {
  static_assert(sizeof(Id) == 4 && std::is_trivially_copyable_v<Id> && std::is_trivially_destructible_v<Id>,
                "id_list holds 32-bit trivially copyable ids");

 public:
  using value_type = Id;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = Id&;
  using const_reference = const Id&;
  using pointer = Id*;
  using const_pointer = const Id*;
  using iterator = Id*;
  using const_iterator = const Id*;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  static constexpr size_type inline_capacity = 3;

  id_list() noexcept = default;
  id_list(std::initializer_list<Id> ids) { assign(ids.begin(), ids.end()); }
  template <class It, class = typename std::iterator_traits<It>::iterator_category>
  id_list(It first, It last) {
    assign(first, last);
  }
  // Implicit, so that code written for std::vector<Id> keeps compiling:
  // `claim.about = ids;`.
  id_list(const std::vector<Id>& ids) { assign(ids.begin(), ids.end()); }  // NOLINT(google-explicit-constructor)

  id_list(const id_list& o) { assign(o.begin(), o.end()); }
  id_list(id_list&& o) noexcept { steal(o); }
  id_list& operator=(const id_list& o) {
    if (this != &o) assign(o.begin(), o.end());
    return *this;
  }
  id_list& operator=(id_list&& o) noexcept {
    if (this != &o) {
      release();
      steal(o);
    }
    return *this;
  }
  id_list& operator=(std::initializer_list<Id> ids) {
    assign(ids.begin(), ids.end());
    return *this;
  }
  ~id_list() { release(); }

  // NOLINTNEXTLINE(google-explicit-constructor)
  operator std::vector<Id>() const { return std::vector<Id>(begin(), end()); }

  // ---- size and capacity ---------------------------------------------------

  size_type size() const noexcept { return bits_ & size_mask; }
  bool empty() const noexcept { return size() == 0; }
  static constexpr size_type max_size() noexcept { return size_mask; }
  size_type capacity() const noexcept { return on_heap() ? slots_[0].value() : inline_capacity; }

  void reserve(size_type n) {
    if (n > capacity()) reallocate(n);
  }
  // Moves back inline when the ids fit there, else to a block of their size.
  void shrink_to_fit() {
    if (!on_heap() || capacity() == size()) return;
    if (size() <= inline_capacity) {
      Id* block = heap_data();
      size_type cap = capacity(), n = size();
      Id tmp[inline_capacity];
      std::copy(block, block + n, tmp);
      std::allocator<Id>().deallocate(block, cap);
      std::copy(tmp, tmp + n, slots_);
      bits_ = static_cast<std::uint32_t>(n);
    } else {
      reallocate(size());
    }
  }

  // ---- access --------------------------------------------------------------

  Id* data() noexcept { return on_heap() ? heap_data() : slots_; }
  const Id* data() const noexcept { return on_heap() ? heap_data() : slots_; }
  iterator begin() noexcept { return data(); }
  iterator end() noexcept { return data() + size(); }
  const_iterator begin() const noexcept { return data(); }
  const_iterator end() const noexcept { return data() + size(); }
  const_iterator cbegin() const noexcept { return begin(); }
  const_iterator cend() const noexcept { return end(); }
  reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
  reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }

  Id& operator[](size_type i) noexcept { return data()[i]; }
  const Id& operator[](size_type i) const noexcept { return data()[i]; }
  const Id& at(size_type i) const {
    if (i >= size()) throw std::out_of_range("id_list index out of range");
    return data()[i];
  }
  Id& at(size_type i) {
    if (i >= size()) throw std::out_of_range("id_list index out of range");
    return data()[i];
  }
  Id& front() noexcept { return data()[0]; }
  const Id& front() const noexcept { return data()[0]; }
  Id& back() noexcept { return data()[size() - 1]; }
  const Id& back() const noexcept { return data()[size() - 1]; }

  // ---- modifiers -----------------------------------------------------------

  // By value: the id may be one of this list's own.
  void push_back(Id id) {
    size_type n = size();
    if (n == capacity()) reallocate(grown(n + 1));
    data()[n] = id;
    set_size(n + 1);
  }
  template <class... Args>
  Id& emplace_back(Args&&... args) {
    push_back(Id(std::forward<Args>(args)...));
    return back();
  }
  void pop_back() noexcept { set_size(size() - 1); }
  // Keeps the capacity, as std::vector does.
  void clear() noexcept { set_size(0); }

  void resize(size_type n, Id fill = Id{}) {
    size_type old = size();
    if (n > capacity()) reallocate(grown(n));
    if (n > old) std::fill(data() + old, data() + n, fill);
    set_size(n);
  }

  template <class It, class = typename std::iterator_traits<It>::iterator_category>
  void assign(It first, It last) {
    clear();
    using category = typename std::iterator_traits<It>::iterator_category;
    if constexpr (std::is_base_of_v<std::forward_iterator_tag, category>) {
      auto n = static_cast<size_type>(std::distance(first, last));
      if (n > capacity()) reallocate(n);
      std::copy(first, last, data());
      set_size(n);
    } else {
      for (; first != last; ++first) push_back(*first);
    }
  }
  void assign(std::initializer_list<Id> ids) { assign(ids.begin(), ids.end()); }
  void assign(size_type n, Id id) {
    clear();
    resize(n, id);
  }

  iterator insert(const_iterator pos, Id id) {
    auto i = pos - begin();
    push_back(id);
    std::rotate(begin() + i, end() - 1, end());
    return begin() + i;
  }
  template <class It, class = typename std::iterator_traits<It>::iterator_category>
  iterator insert(const_iterator pos, It first, It last) {
    auto i = pos - begin();
    auto old = static_cast<difference_type>(size());
    for (; first != last; ++first) push_back(*first);
    std::rotate(begin() + i, begin() + old, end());
    return begin() + i;
  }
  iterator insert(const_iterator pos, std::initializer_list<Id> ids) { return insert(pos, ids.begin(), ids.end()); }

  iterator erase(const_iterator pos) noexcept { return erase(pos, pos + 1); }
  iterator erase(const_iterator first, const_iterator last) noexcept {
    Id* f = begin() + (first - begin());
    Id* l = begin() + (last - begin());
    Id* e = std::copy(l, end(), f);
    set_size(static_cast<size_type>(e - begin()));
    return f;
  }

  void swap(id_list& o) noexcept {
    std::swap(bits_, o.bits_);
    std::swap(slots_, o.slots_);
  }
  friend void swap(id_list& a, id_list& b) noexcept { a.swap(b); }

  friend bool operator==(const id_list& a, const id_list& b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
  }
  friend bool operator!=(const id_list& a, const id_list& b) noexcept { return !(a == b); }

 private:
  static constexpr std::uint32_t heap_bit = 0x80000000u;
  static constexpr std::uint32_t size_mask = 0x7FFFFFFFu;

  bool on_heap() const noexcept { return (bits_ & heap_bit) != 0; }
  void set_size(size_type n) noexcept { bits_ = (bits_ & heap_bit) | static_cast<std::uint32_t>(n); }

  Id* heap_data() const noexcept {
    Id* p;
    std::memcpy(&p, static_cast<const void*>(slots_ + 1), sizeof p);
    return p;
  }

  // About twice the size, chosen so that the block plus an allocator's usual
  // 8-byte header fills a 16-byte-aligned chunk: 6, 14, 30, 62, ... ids.
  static size_type grown(size_type at_least) {
    if (at_least > max_size()) throw std::length_error("id_list is full");
    size_type cap = 6;
    while (cap < at_least) cap = cap * 2 + 2;
    return std::min(cap, max_size());
  }

  void reallocate(size_type cap) {
    if (cap > max_size()) throw std::length_error("id_list is full");
    Id* block = std::allocator<Id>().allocate(cap);
    size_type n = size();
    std::uninitialized_copy(begin(), end(), block);
    release();
    static_assert(sizeof(Id*) <= 2 * sizeof(Id), "a pointer fits in two id slots");
    slots_[0] = Id(static_cast<std::uint32_t>(cap));
    std::memcpy(static_cast<void*>(slots_ + 1), &block, sizeof block);
    bits_ = heap_bit | static_cast<std::uint32_t>(n);
  }

  void release() noexcept {
    if (on_heap()) std::allocator<Id>().deallocate(heap_data(), capacity());
    bits_ = 0;
  }

  void steal(id_list& o) noexcept {
    bits_ = o.bits_;
    std::copy(o.slots_, o.slots_ + inline_capacity, slots_);
    o.bits_ = 0;
  }

  std::uint32_t bits_ = 0;
  Id slots_[inline_capacity];
};

}  // namespace whosaid::detail
