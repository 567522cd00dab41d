#include <whosaid/text_span.hpp>

#include <doctest/doctest.h>

using namespace whosaid;

TEST_SUITE("text_span") {
  TEST_CASE("a span reads its bytes and clamps to the text") {
    std::string_view text = "The mayor said so.";
    text_span s{4, 9};
    CHECK(s.of(text) == "mayor");
    CHECK(text_span{10, 400}.of(text) == "said so.");
    CHECK(text_span{400, 500}.of(text).empty());
    CHECK(text_span{9, 4}.empty());
  }

  TEST_CASE("overlap and containment") {
    CHECK(text_span{0, 5}.overlaps({4, 8}));
    CHECK_FALSE(text_span{0, 5}.overlaps({5, 8}));
    CHECK(text_span{0, 10}.contains({2, 3}));
  }

  TEST_CASE("span_of finds a substring, or nothing") {
    std::string_view text = "a b a";
    CHECK(span_of(text, "a") == text_span{0, 1});
    CHECK(span_of(text, "a", 1) == text_span{4, 5});
    CHECK_FALSE(span_of(text, "c").has_value());
    CHECK_FALSE(span_of(text, "").has_value());
  }
}
