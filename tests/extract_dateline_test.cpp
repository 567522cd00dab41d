// Wire datelines: the place, date and agency that open an article are
// neither content nor speaker.
#include <whosaid/extract/detail/dateline.hpp>

#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using namespace extract_test;

namespace {
whosaid::detail::paragraph_scan first_paragraph(const std::string& text) {
  whosaid::detail::text_scanner sc(text);
  whosaid::detail::paragraph_scan p;
  sc.next(p);
  return p;
}

std::string dateline_of(const std::string& text) {
  const auto p = first_paragraph(text);
  std::uint32_t d = whosaid::detail::dateline_length(text, p);
  if (d == 0) return {};
  return text.substr(p.tokens[0].begin, p.tokens[d - 1].end - p.tokens[0].begin);
}

std::string place_of(const std::string& text) {
  const auto p = first_paragraph(text);
  const std::uint32_t d = whosaid::detail::dateline_length(text, p);
  return std::string(whosaid::detail::dateline_place(text, p, d).of(text));
}
}  // namespace

TEST_SUITE("extract/dateline") {
  TEST_CASE("city, date and agency before a dash") {
    CHECK(dateline_of("OSLO, May 7 (Reuters) - Norway will raise taxes, a minister said.") == "OSLO, May 7 (Reuters) -");
    CHECK(dateline_of("LIMA (AP) \xE2\x80\x94 Peru said on Friday it would buy wheat.") == "LIMA (AP) \xE2\x80\x94");
    CHECK(dateline_of("PORT ELLIS, Ohio, Sept. 3 - The mayor resigned.") == "PORT ELLIS, Ohio, Sept. 3 -");
    CHECK(dateline_of("KYIV \xE2\x80\x94 The talks ended.") == "KYIV \xE2\x80\x94");
  }

  TEST_CASE("a source credit in parentheses alone before a dash is a dateline") {
    CHECK(dateline_of("(Northfield Gazette) - The council voted on Monday.") == "(Northfield Gazette) -");
    CHECK(dateline_of("(Valley Radio News) \xE2\x80\x93 Two roads closed.") == "(Valley Radio News) \xE2\x80\x93");
    CHECK(dateline_of("(Not a credit) and then - more.").empty());
    auto cs = run("(Northfield Gazette) - The town will close the bridge, Mayor Ann Lowe said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ann Lowe");
    CHECK(cs[0].content == "The town will close the bridge");
  }

  TEST_CASE("a name and a dash in ordinary prose are not a dateline") {
    CHECK(dateline_of("Marta Nyberg - who chairs the board - said costs rose.").empty());
    CHECK(dateline_of("Peru and Chile - both exporters - said prices fell.").empty());
    CHECK(dateline_of("\"OSLO - it is cold,\" she said.").empty());
  }

  TEST_CASE("the dateline is not content and its place is not a speaker") {
    auto cs = run("OSLO, May 7 (Reuters) - Norway will raise fuel taxes next year, Finance Minister Ola Berg said.\n\n"
                  "The ministry said in a statement that the plan would pass.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].content == "Norway will raise fuel taxes next year");
    CHECK(cs[0].speaker == "Ola Berg");
    CHECK(cs[1].speaker != "Norway");
    CHECK(cs[1].via.empty());
  }

  TEST_CASE("the agency of a dateline is not an about-actor") {
    whosaid::graph g = whosaid::extract("OSLO (Reuters) - Farmers will get more aid, Ola Berg said.");
    REQUIRE(g.claim_count() == 1);
    for (auto a : g.claims()[0].about) CHECK(g[a].name != "Reuters");
  }
}

TEST_SUITE("extract/dateline") {
  TEST_CASE("the place of a dateline: its words before the first comma, parenthesis or dash") {
    CHECK(place_of("PORT ELLIS, Ohio, Sept. 3 - The mayor resigned.") == "PORT ELLIS");
    CHECK(place_of("LIMA (AP) \xE2\x80\x94 Peru said on Friday it would buy wheat.") == "LIMA");
    CHECK(place_of("(Northfield Gazette) - The council voted on Monday.").empty());
    CHECK(place_of("OSLO May 7 - Ships sailed.").empty());
    CHECK(whosaid::detail::name_case("PORT ELLIS") == "Port Ellis");
    CHECK(whosaid::detail::name_case("Port Ellis") == "Port Ellis");
  }

  TEST_CASE("'the city' that speaks is the dateline's place") {
    auto cs = run("PORT ELLIS, Ohio - Bus drivers walked out on Monday.\n\n"
                  "The city said it would keep talking. It says the routes will run on Saturday.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Port Ellis");
    CHECK(cs[1].speaker == "Port Ellis");
    // Without a dateline, "the city" is its own actor.
    auto plain = run("Bus drivers walked out on Monday. The city said it would keep talking.");
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].speaker == "city");
    // A club with "City" in its name is not the city that speaks.
    auto club = run("PORT ELLIS, Ohio - Harbour City Football Club won on Saturday.\n\n"
                    "The city said the stadium would reopen in May.");
    REQUIRE(club.size() == 1);
    CHECK(club[0].speaker == "Port Ellis");
  }

  TEST_CASE("a dateline after a headline and a byline is dropped too") {
    auto g = whosaid::extract("Ferry Strike Ends After Two Weeks\n\nBy Tove Ness\n\n"
                              "PORT ELLIS, Ohio (Harbour Wire) - Ferries will sail again on Monday, the union said.");
    auto cs = claims_of(g);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "Ferries will sail again on Monday");
    for (const auto& a : g.actors()) CHECK(a.name != "PORT ELLIS");
    // Only one dateline: a later paragraph in capitals keeps its words.
    auto two = run("OSLO - Ships sailed.\n\nNORDLINE - the ferry firm - said it would hire crews.");
    REQUIRE(two.size() == 1);
    CHECK(two[0].speaker == "NORDLINE");
  }
}
