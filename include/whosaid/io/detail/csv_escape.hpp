// CSV fields as RFC 4180 quotes them: every text field in double quotes, a
// quote inside doubled. Line breaks stay inside the quotes (Neo4j's importer
// reads them with --multiline-fields=true); other control characters are
// dropped and invalid UTF-8 replaced, since no importer accepts them.
#pragma once

#include <cstddef>
#include <string_view>

#include "utf8.hpp"

namespace whosaid::detail {

template <class Sink>
void write_csv_field(Sink& out, std::string_view s) {
  out.put('"');
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      utf8_unit u = utf8_decode(s, i);
      out.write(u.valid ? s.substr(i, u.length) : utf8_replacement);
      i += u.length;
      continue;
    }
    if (c == '"')
      out.write("\"\"");
    else if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
      out.put(static_cast<char>(c));
    ++i;
  }
  out.put('"');
}

}  // namespace whosaid::detail
