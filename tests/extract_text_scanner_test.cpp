#include <whosaid/extract/detail/text_scanner.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace whosaid;
using namespace whosaid::detail;

namespace {

struct scanned {
  std::string text;
  std::vector<paragraph_scan> paragraphs;

  explicit scanned(std::string t) : text(std::move(t)) {
    text_scanner sc(text);
    paragraph_scan p;
    while (sc.next(p)) paragraphs.push_back(p);
  }

  std::vector<std::string> quotes(bool with_single = false) const {
    std::vector<std::string> out;
    for (const auto& p : paragraphs)
      for (const auto& q : p.quotes)
        if (with_single || !q.single) out.emplace_back(q.inner.of(text));
    return out;
  }
  std::vector<std::string> sentences() const {
    std::vector<std::string> out;
    for (const auto& p : paragraphs)
      for (const auto& s : p.sentences)
        out.emplace_back(text_span{p.tokens[s.first].begin, p.tokens[s.last - 1].end}.of(text));
    return out;
  }
  std::vector<std::string> words() const {
    std::vector<std::string> out;
    for (const auto& p : paragraphs)
      for (const auto& t : p.tokens)
        if (t.kind == token_kind::word) out.emplace_back(t.span().of(text));
    return out;
  }
};

using strings = std::vector<std::string>;

}  // namespace

TEST_SUITE("extract/text_scanner") {
  TEST_CASE("paragraphs split at blank lines and at line ends that end a sentence") {
    scanned s("First line goes\non here.\nSecond one.\n\n\nThird\r\n\r\nFourth.");
    REQUIRE(s.paragraphs.size() == 4);
    CHECK(s.paragraphs[0].span.of(s.text) == "First line goes\non here.");
    CHECK(s.paragraphs[1].span.of(s.text) == "Second one.");
    CHECK(s.paragraphs[2].span.of(s.text) == "Third");
    CHECK(s.paragraphs[3].span.of(s.text) == "Fourth.");
  }

  TEST_CASE("a stretch with no paragraph break is cut after a sentence, every byte kept") {
    constexpr std::size_t most = paragraph_splitter::max_paragraph_bytes;
    std::string one_line;
    while (one_line.size() < 3 * most) one_line += "The ferry left at noon, the harbour master said. ";
    std::string no_stops(3 * most, 'x');  // not even a space: cut at the limit
    for (const std::string& text : {one_line, no_stops}) {
      paragraph_splitter split(text);
      std::vector<text_span> parts;
      for (text_span p; split.next(p);) parts.push_back(p);
      REQUIRE(parts.size() >= 3);
      std::size_t at = 0;
      for (const text_span& p : parts) {
        CHECK(p.size() <= most);
        // Only white space between one part and the next.
        CHECK(text.find_first_not_of(' ', at) == p.begin);
        at = p.end;
      }
      CHECK(text.find_first_not_of(' ', at) == std::string::npos);
      if (text == one_line)
        for (const text_span& p : parts) CHECK(p.of(text).back() == '.');
    }
    // A long paragraph under the limit is one.
    scanned under(one_line.substr(0, most / 2));
    CHECK(under.paragraphs.size() == 1);
  }

  TEST_CASE("straight, curly and guillemet double quotes") {
    CHECK(scanned("She said \"we will stay\" today.").quotes() == strings{"we will stay"});
    CHECK(scanned("“We will stay,” she said.").quotes() == strings{"We will stay,"});
    CHECK(scanned("Il a dit « non » hier.").quotes() == strings{"non"});
  }

  TEST_CASE("two apostrophes or two backticks make a double quotation mark") {
    scanned s("''Rents will rise,'' the mayor said. ``Not this year,'' her rival replied.");
    CHECK(s.quotes() == std::vector<std::string>{"Rents will rise,", "Not this year,"});
    CHECK(s.sentences().size() == 2);
    // One apostrophe is still a possessive or a single quote.
    scanned t("The workers' union met. ''It was late,'' she said.");
    CHECK(t.quotes() == std::vector<std::string>{"It was late,"});
  }

  TEST_CASE("apostrophes are not quotation marks") {
    scanned s("Norway’s envoy didn't say it. The ’90s were different for the workers' union.");
    CHECK(s.quotes(true).empty());
    CHECK(s.words() == strings{"Norway’s", "envoy", "didn't", "say", "it", "The", "’90s", "were",
                               "different", "for", "the", "workers'", "union"});
  }

  TEST_CASE("single quotes inside double quotes stay inside the quotation") {
    scanned s("“They called it ‘a farce’ and left,” he said.");
    CHECK(s.quotes() == strings{"They called it ‘a farce’ and left,"});
  }

  TEST_CASE("single quotes at the top level are recorded as single quotations") {
    scanned s("The votes were classed as 'not returned' by the board.");
    auto q = s.quotes(true);
    CHECK(q == strings{"not returned"});
    CHECK(s.quotes().empty());
  }

  TEST_CASE("nested double quotes count once") {
    scanned s("\"He told me \"never again\" twice,\" she said.");
    CHECK(s.quotes() == strings{"He told me \"never again\" twice,"});
  }

  TEST_CASE("an opening mark after a sentence end inside a quote starts a new quotation") {
    scanned s("He said: \"The plan is late. \"It will cost more.\"");
    CHECK(s.quotes() == strings{"The plan is late.", "It will cost more."});
    REQUIRE(s.paragraphs[0].quotes.size() == 2);
    CHECK_FALSE(s.paragraphs[0].quotes[0].closed);
    CHECK(s.paragraphs[0].quotes[1].closed);
  }

  TEST_CASE("a quote running over paragraphs is one quotation per paragraph") {
    scanned s("She said: \"The harbour will reopen.\n\n\"Ships will return in spring.\"\n\nThen she left.");
    CHECK(s.quotes() == strings{"The harbour will reopen.", "Ships will return in spring."});
    CHECK(s.paragraphs[0].quotes[0].continued);
    CHECK(s.paragraphs[1].quotes[0].continuation);
    CHECK(s.paragraphs[1].quotes[0].closed);
  }

  TEST_CASE("an unbalanced quote is closed at the end of its paragraph") {
    scanned s("He said \"this never ends\n\nA new paragraph.");
    CHECK(s.quotes() == strings{"this never ends"});
    CHECK_FALSE(s.paragraphs[0].quotes[0].closed);
    CHECK(s.paragraphs[1].quotes.empty());
  }

  TEST_CASE("inch marks after digits are not quotes") {
    CHECK(scanned("The screen is 6\" wide and sells well.").quotes().empty());
  }

  TEST_CASE("sentences do not split inside quotes or after abbreviations") {
    scanned s("Mr. Smith met U.S. officials. \"It went well. Very well,\" he said. Then he left!");
    CHECK(s.sentences() == strings{"Mr. Smith met U.S. officials.", "\"It went well. Very well,\" he said.",
                                   "Then he left!"});
  }

  TEST_CASE("a quote ending a sentence is followed by a new sentence") {
    scanned s("\"We are ready.\" The minister left.");
    CHECK(s.sentences() == strings{"\"We are ready.\"", "The minister left."});
  }

  TEST_CASE("a party-and-state tag is one word and ends no sentence") {
    scanned s("Sen. Ola Dahl (R-S.C.) said no.");
    CHECK(s.sentences().size() == 1);
    CHECK(s.words() == strings{"Sen", "Ola", "Dahl", "R-S.C.", "said", "no"});
  }

  TEST_CASE("words keep inner hyphens, dots of initialisms and number punctuation") {
    scanned s("Wi Sung-lac cited 40,668 votes and a 1.26% rise in the U.K.");
    CHECK(s.words() == strings{"Wi", "Sung-lac", "cited", "40,668", "votes", "and", "a", "1.26", "rise", "in", "the", "U.K."});
  }

  TEST_CASE("hostile input: empty, NUL bytes, invalid UTF-8, lone CR, many quotes") {
    CHECK(scanned("").paragraphs.empty());
    CHECK(scanned("   \n\n  \r\r ").paragraphs.empty());
    std::string nul("a\0b \"c\0\" d", 10);
    CHECK_NOTHROW(scanned{nul});
    std::string bad = "\xff\xfe\xC3 \xE2\x80 \xE2 \"x\xC2";
    CHECK_NOTHROW(scanned{bad});
    CHECK(scanned("one.\rtwo.\rthree").paragraphs.size() == 3);
    std::string many(10000, '"');
    scanned m(many);
    CHECK(m.paragraphs.size() == 1);
    std::string nested;
    for (int i = 0; i < 5000; ++i) nested += "“a ";
    for (int i = 0; i < 5000; ++i) nested += "b” ";
    scanned n(nested);
    CHECK(n.quotes().size() == 1);
  }
}
