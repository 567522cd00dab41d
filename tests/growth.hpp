// Checks that work grows in proportion to its input, by timing the same work
// on n and on 4n items in one run and comparing the two: a ratio, never a
// wall-clock bound, so a slow or busy machine does not fail it. Linear growth
// is four and quadratic sixteen; eight leaves room for timer noise.
#pragma once

#include <algorithm>
#include <chrono>

namespace whosaid_test {

// Under AddressSanitizer the allocator's quarantine and shadow memory add
// costs that grow faster than the input (a 1 MB line took 9.4 times as long
// as a 256 KB one in a CI run), so sanitized builds get twelve, still well
// short of quadratic.
#if defined(__SANITIZE_ADDRESS__)
constexpr double growth_limit = 12;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double growth_limit = 12;
#else
constexpr double growth_limit = 8;
#endif
#else
constexpr double growth_limit = 8;
#endif

// Seconds that f() takes: the best of three runs, which takes out most of
// the noise of a shared machine.
template <class F>
double best_seconds(F&& f) {
  double best = 1e300;
  for (int run = 0; run < 3; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

// True when four times the work, t4, took at most growth_limit times the
// work, t1. The 50 ms allowance keeps a fast input's timer and scheduler
// noise from failing it; a quadratic input overshoots it many times over.
inline bool grew_linearly(double t1, double t4) { return t4 <= growth_limit * t1 + 0.05; }

}  // namespace whosaid_test
