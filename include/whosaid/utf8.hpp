// UTF-8 helpers for text on its way into or out of whosaid: the extractor
// accepts any bytes and repairs them as they enter (its articles keep the
// repaired text), but a graph built by hand, or text shown from elsewhere,
// may need the same. Invalid sequences become U+FFFD, each maximal invalid
// prefix one replacement character, as the Unicode standard recommends.
#pragma once

#include "io/detail/utf8.hpp"

namespace whosaid {

/// True when `s` is well-formed UTF-8.
using detail::is_valid_utf8;
/// `s` with every invalid sequence replaced by U+FFFD.
using detail::to_valid_utf8;
/// Code points in `s`, each invalid sequence counting as one: a display
/// width near enough for the scripts news English uses.
using detail::utf8_length;
/// A one-line excerpt for labels: white space runs become one space,
/// invalid bytes U+FFFD, cut after `max_chars` code points with an ellipsis.
using detail::excerpt;

}  // namespace whosaid
