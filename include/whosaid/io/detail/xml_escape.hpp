// XML character data and attribute values. XML 1.0 cannot hold most control
// characters at all, not even as references, so they are dropped; the five
// markup characters become entities; a carriage return becomes &#13; so a
// parser's line-end normalisation does not eat it; invalid UTF-8 and the
// non-characters U+FFFE and U+FFFF are replaced or dropped.
#pragma once

#include <cstddef>
#include <string_view>

#include "utf8.hpp"

namespace whosaid::detail {

template <class Sink>
void write_xml_text(Sink& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      utf8_unit u = utf8_decode(s, i);
      if (!u.valid)
        out.write(utf8_replacement);
      else if (u.code != 0xFFFE && u.code != 0xFFFF)
        out.write(s.substr(i, u.length));
      i += u.length;
      continue;
    }
    switch (c) {
      case '&': out.write("&amp;"); break;
      case '<': out.write("&lt;"); break;
      case '>': out.write("&gt;"); break;
      case '"': out.write("&quot;"); break;
      case '\'': out.write("&apos;"); break;
      case '\r': out.write("&#13;"); break;
      case '\n':
      case '\t': out.put(static_cast<char>(c)); break;
      default:
        if (c >= 0x20) out.put(static_cast<char>(c));
    }
    ++i;
  }
}

}  // namespace whosaid::detail
