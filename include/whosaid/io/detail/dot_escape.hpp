// Graphviz DOT quoted strings. Inside quotes DOT gives meaning to `"` and to
// backslash sequences (\n, \l, \N, ...), so a literal backslash is doubled, a
// quote escaped, a line break written as \n, other control characters
// dropped, and invalid UTF-8 replaced, since Graphviz rejects it.
#pragma once

#include <cstddef>
#include <string_view>

#include "utf8.hpp"

namespace whosaid::detail {

template <class Sink>
void write_dot_string(Sink& out, std::string_view s) {
  out.put('"');
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      utf8_unit u = utf8_decode(s, i);
      out.write(u.valid ? s.substr(i, u.length) : utf8_replacement);
      i += u.length;
      continue;
    }
    if (c == '"' || c == '\\') {
      out.put('\\');
      out.put(static_cast<char>(c));
    } else if (c == '\n') {
      out.write("\\n");
    } else if (c >= 0x20 && c != 0x7F) {
      out.put(static_cast<char>(c));
    } else if (c == '\t') {
      out.put(' ');
    }
    ++i;
  }
  out.put('"');
}

}  // namespace whosaid::detail
