// Work buffers that live from one article to the next (see
// extractor::workspace) must not keep the memory of one hostile, huge
// paragraph for the life of the thread: after each article, any buffer
// grown past a bound is given back.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

namespace whosaid::detail {

// Far more than a news paragraph needs (64 k tokens of 16 bytes).
inline constexpr std::size_t work_buffer_bytes = std::size_t{1} << 20;

// Releases each vector whose capacity holds more than work_buffer_bytes.
template <class... Vectors>
void release_large(Vectors&... vs) noexcept {
  auto one = [](auto& v) {
    using vector = std::remove_reference_t<decltype(v)>;
    if (v.capacity() * sizeof(typename vector::value_type) > work_buffer_bytes) vector().swap(v);
  };
  (one(vs), ...);
}

}  // namespace whosaid::detail
