#include <doctest/doctest.h>

#include <whosaid/extract/lexicon.hpp>

#include <set>
#include <string>
#include <string_view>

namespace {

using whosaid::actor_kind;
using whosaid::gazetteer_hit;
using whosaid::lexicon;
using via = gazetteer_hit::via;

template <class F>
void each_item(std::string_view list, F&& f) {
  whosaid::detail::lex_split(list, f);
}

std::string canonical_of(const lexicon& lx, std::string_view surface) {
  auto hit = lx.find_entity(surface);
  return hit ? std::string(hit->canonical) : std::string("<none>");
}

}  // namespace

TEST_SUITE("lexicon") {
  TEST_CASE("all 193 UN member states are present, each under one distinct name") {
    std::set<std::string_view> names;
    std::size_t members = 0;
    for (const auto& c : whosaid::builtin_countries()) {
      CHECK_MESSAGE(names.insert(c.name).second, "duplicate country row: " << c.name);
      if (c.status == whosaid::country_status::un_member) ++members;
    }
    CHECK(members == 193);
    const auto& lx = lexicon::builtin();
    for (const auto& c : whosaid::builtin_countries()) {
      auto hit = lx.find_entity(c.name);
      REQUIRE_MESSAGE(hit.has_value(), c.name);
      CHECK(hit->canonical == c.name);
      CHECK(hit->how == via::name);
      const auto expected =
          c.status == whosaid::country_status::territory ? actor_kind::location : actor_kind::country;
      CHECK(hit->kind == expected);
    }
  }

  TEST_CASE("every capital, alias and demonym maps back to its own country") {
    const auto& lx = lexicon::builtin();
    auto check = [&](std::string_view surface, std::string_view country, via how) {
      auto hit = lx.find_entity(surface);
      REQUIRE_MESSAGE(hit.has_value(), surface);
      CHECK_MESSAGE(hit->canonical == country, surface << " -> " << hit->canonical);
      CHECK_MESSAGE(hit->how == how, surface);
    };
    for (const auto& c : whosaid::builtin_countries()) {
      each_item(c.capitals, [&](std::string_view s) { check(s, c.name, via::capital); });
      each_item(c.aliases, [&](std::string_view s) { check(s, c.name, via::alias); });
      each_item(c.demonyms, [&](std::string_view s) { check(s, c.name, via::demonym); });
    }
  }

  TEST_CASE("Seoul is South Korea via capital, Chinese is China via demonym") {
    const auto& lx = lexicon::builtin();
    auto seoul = lx.find_entity("Seoul");
    REQUIRE(seoul);
    CHECK(seoul->canonical == "South Korea");
    CHECK(seoul->kind == actor_kind::country);
    CHECK(seoul->how == via::capital);
    auto chinese = lx.find_entity("Chinese");
    REQUIRE(chinese);
    CHECK(chinese->canonical == "China");
    CHECK(chinese->how == via::demonym);
    CHECK(canonical_of(lx, "Pyongyang") == "North Korea");
    CHECK(canonical_of(lx, "South Korean") == "South Korea");
    CHECK(canonical_of(lx, "Korea") == "South Korea");
    CHECK_FALSE(lx.find_entity("Korean"));  // used for both Koreas
    CHECK_FALSE(lx.find_entity("Congo"));   // names two states
  }

  TEST_CASE("government metonyms resolve to their state, with or without the article") {
    const auto& lx = lexicon::builtin();
    CHECK(canonical_of(lx, "the Kremlin") == "Russia");
    CHECK(canonical_of(lx, "Kremlin") == "Russia");
    CHECK(canonical_of(lx, "The Kremlin") == "Russia");
    CHECK(canonical_of(lx, "the White House") == "United States");
    CHECK(canonical_of(lx, "the Pentagon") == "United States");
    CHECK(canonical_of(lx, "Downing Street") == "United Kingdom");
    CHECK(canonical_of(lx, "Whitehall") == "United Kingdom");
    CHECK(canonical_of(lx, "the Élysée") == "France");
    CHECK(canonical_of(lx, "the Elysee") == "France");
    CHECK(canonical_of(lx, "Washington") == "United States");
    CHECK(canonical_of(lx, "Capitol Hill") == "Congress");  // Congress, not the government
    CHECK(canonical_of(lx, "Brussels") == "European Union");
  }

  TEST_CASE("surfaces without lowercase letters are case-sensitive: US matches, us does not") {
    const auto& lx = lexicon::builtin();
    CHECK(canonical_of(lx, "US") == "United States");
    CHECK(canonical_of(lx, "U.S.") == "United States");
    CHECK(canonical_of(lx, "the US") == "United States");
    CHECK_FALSE(lx.find_entity("us"));
    CHECK_FALSE(lx.find_entity("Us"));
    CHECK(canonical_of(lx, "WHO") == "World Health Organization");
    CHECK_FALSE(lx.find_entity("who"));
    CHECK(canonical_of(lx, "AP") == "Associated Press");
    CHECK_FALSE(lx.find_entity("ap"));
    CHECK(canonical_of(lx, "UK") == "United Kingdom");
    CHECK_FALSE(lx.find_entity("uk"));
  }

  TEST_CASE("other surfaces are case-insensitive, except common words that must be capitalized") {
    const auto& lx = lexicon::builtin();
    CHECK(canonical_of(lx, "south korea") == "South Korea");
    CHECK(canonical_of(lx, "SOUTH KOREA") == "South Korea");
    CHECK(canonical_of(lx, "yonhap news agency") == "Yonhap News Agency");
    CHECK(canonical_of(lx, "Turkey") == "Turkey");
    CHECK(canonical_of(lx, "Türkiye") == "Turkey");
    CHECK_FALSE(lx.find_entity("turkey"));
    CHECK(canonical_of(lx, "the Guardian") == "The Guardian");
    CHECK_FALSE(lx.find_entity("the guardian"));
    CHECK(canonical_of(lx, "The Sun") == "The Sun");
    CHECK_FALSE(lx.find_entity("the sun"));
    CHECK_FALSE(lx.find_entity("white house"));
    CHECK_FALSE(lx.find_entity("Times"));  // only "The Times"
  }

  TEST_CASE("news outlets resolve as media with their aliases") {
    const auto& lx = lexicon::builtin();
    CHECK(whosaid::builtin_outlets().size() >= 120);
    auto yon = lx.find_entity("Yonhap");
    REQUIRE(yon);
    CHECK(yon->canonical == "Yonhap News Agency");
    CHECK(yon->kind == actor_kind::media);
    CHECK(yon->how == via::alias);
    CHECK(canonical_of(lx, "the Associated Press") == "Associated Press");
    CHECK(canonical_of(lx, "New York Times") == "The New York Times");
    CHECK(canonical_of(lx, "the New York Times") == "The New York Times");
    CHECK(canonical_of(lx, "AFP") == "Agence France-Presse");
    CHECK(canonical_of(lx, "BBC Radio 4") == "BBC Radio 4");
    CHECK(canonical_of(lx, "Huffington Post") == "HuffPost");
    CHECK(canonical_of(lx, "SCMP") == "South China Morning Post");
    CHECK(canonical_of(lx, "Libération") == "Libération");
    CHECK(canonical_of(lx, "Liberation") == "Libération");
  }

  TEST_CASE("organizations resolve with their kind") {
    const auto& lx = lexicon::builtin();
    auto un = lx.find_entity("UN");
    REQUIRE(un);
    CHECK(un->canonical == "United Nations");
    CHECK(un->kind == actor_kind::organization);
    CHECK(canonical_of(lx, "Tories") == "Conservative Party");
    CHECK(canonical_of(lx, "GOP") == "Republican Party");
    CHECK(canonical_of(lx, "International Monetary Fund") == "International Monetary Fund");
    CHECK(canonical_of(lx, "Red Cross") == "International Committee of the Red Cross");
  }

  TEST_CASE("regions are locations, each in a country the gazetteer knows") {
    const auto& lx = lexicon::builtin();
    for (const auto& r : whosaid::builtin_regions()) {
      auto hit = lx.find_entity(r.name);
      REQUIRE_MESSAGE(hit.has_value(), r.name);
      CHECK_MESSAGE(hit->kind == actor_kind::location, r.name);
      CHECK_MESSAGE(hit->canonical == r.name, r.name);
      auto country = lx.find_entity(r.country);
      REQUIRE_MESSAGE(country.has_value(), r.country);
      CHECK(country->kind == actor_kind::country);
    }
    CHECK(canonical_of(lx, "New Mexico") == "New Mexico");
    CHECK(canonical_of(lx, "Newfoundland") == "Newfoundland and Labrador");
    // Left to what they mean first.
    CHECK(canonical_of(lx, "Georgia") == "Georgia");
    CHECK(lx.find_entity("Georgia")->kind == actor_kind::country);
    CHECK(canonical_of(lx, "Washington") == "United States");
  }

  TEST_CASE("given names that one gender bears, capitalized only") {
    const auto& lx = lexicon::builtin();
    CHECK(lx.given_name_gender("Mary") == 'f');
    CHECK(lx.given_name_gender("John") == 'm');
    CHECK(lx.given_name_gender("mary") == 0);
    CHECK(lx.given_name_gender("Jordan") == 0);  // borne by both
    CHECK(lx.given_name_gender("Harbour") == 0);
  }

  TEST_CASE("no surface in the built-in tables maps to two different entities") {
    const auto& lx = lexicon::builtin();
    for (const auto& d : lx.duplicate_surfaces()) FAIL_CHECK("clash: " << d);
    CHECK(lx.duplicate_surfaces().empty());
    // Independent check: every surface of every row resolves to that row.
    auto expect = [&](std::string_view surface, std::string_view canonical) {
      CHECK_MESSAGE(canonical_of(lx, surface) == canonical, surface);
    };
    for (const auto& o : whosaid::builtin_outlets()) {
      expect(o.name, o.name);
      each_item(o.aliases, [&](std::string_view s) { expect(s, o.name); });
    }
    for (const auto& o : whosaid::builtin_organizations()) {
      expect(o.name, o.name);
      each_item(o.aliases, [&](std::string_view s) { expect(s, o.name); });
    }
  }

  TEST_CASE("inflected cue forms resolve to their base") {
    const auto& lx = lexicon::builtin();
    auto base = [&](std::string_view w) {
      auto c = lx.find_cue(w);
      return c ? std::string(c->base) : std::string("<none>");
    };
    CHECK(base("said") == "say");
    CHECK(base("says") == "say");
    CHECK(base("SAID") == "say");
    CHECK(base("telling") == "tell");
    CHECK(base("told") == "tell");
    CHECK(base("emphasised") == "emphasise");
    CHECK(base("emphasized") == "emphasise");
    CHECK(base("criticized") == "criticise");
    CHECK(base("wrote") == "write");
    CHECK(base("pointed out") == "point out");
    CHECK(base("Pointed  out") == "point out");
    CHECK(base("went on to say") == "go on to say");
    CHECK(base("according to") == "according to");
    CHECK(base("sandwich") == "<none>");

    using whosaid::cue_flags;
    auto flags = [&](std::string_view w) { return lx.find_cue(w)->flags; };
    CHECK((flags("told") & cue_flags::addressee) != 0);
    CHECK((flags("said") & cue_flags::that_clause) != 0);
    CHECK((flags("said") & cue_flags::speech) != 0);
    CHECK((flags("believes") & cue_flags::cognition) != 0);
    CHECK((flags("believes") & cue_flags::speech) == 0);
    CHECK((flags("hinted at") & cue_flags::particle) != 0);
    CHECK((flags("criticised") & cue_flags::about_object) != 0);
    CHECK((flags("called") & cue_flags::quote_only) != 0);
    CHECK((flags("adding") & cue_flags::chains) != 0);
    CHECK((flags("said") & cue_flags::bare_clause) != 0);
    CHECK((flags("according to") & cue_flags::source_follows) != 0);
    CHECK((flags("in a statement") & cue_flags::adjunct) != 0);
    CHECK((flags("quoted as saying") & cue_flags::passive) != 0);
  }

  TEST_CASE("every cue form belongs to exactly one base, and the table is large enough") {
    const auto& lx = lexicon::builtin();
    std::size_t forms = 0;
    CHECK(whosaid::builtin_cue_verbs().size() >= 100);
    for (const auto& c : whosaid::builtin_cue_verbs()) {
      bool has_base = false;
      each_item(c.forms, [&](std::string_view f) {
        ++forms;
        has_base = has_base || f == c.base;
        auto hit = lx.find_cue(f);
        REQUIRE_MESSAGE(hit.has_value(), f);
        CHECK_MESSAGE(hit->base == c.base, f << " -> " << hit->base << ", expected " << c.base);
        CHECK(hit->flags == c.flags);
      });
      CHECK_MESSAGE(has_base, "forms of " << c.base << " do not list the base");
    }
    CHECK(forms >= 400);
    for (const auto& p : whosaid::builtin_cue_phrases()) {
      CHECK((p.flags & whosaid::cue_flags::phrase) != 0);
      CHECK(lx.find_cue(p.text)->base == p.text);
    }
  }

  TEST_CASE("titles, honorifics, role nouns, organization heads and speaker nouns") {
    const auto& lx = lexicon::builtin();
    CHECK(lx.is_title("President"));
    CHECK(lx.is_title("Prime Minister"));
    CHECK(lx.is_title("prime minister"));
    CHECK(lx.is_title("Mr"));
    CHECK(lx.is_title("Dr."));
    CHECK(lx.is_title("Gen."));
    CHECK(lx.is_title("Sen"));
    CHECK_FALSE(lx.is_title("analyst"));
    CHECK(lx.is_honorific("Mrs"));
    CHECK(lx.is_honorific("Dr"));
    CHECK(lx.is_honorific("Sir"));
    CHECK_FALSE(lx.is_honorific("President"));
    CHECK(lx.is_role_noun("professor"));
    CHECK(lx.is_role_noun("national security adviser"));
    CHECK(lx.is_role_noun("vice defence minister"));
    CHECK(lx.is_role_noun("spokesman"));
    CHECK(lx.is_role_noun("opposition leader"));
    CHECK_FALSE(lx.is_role_noun("banana"));
    CHECK(lx.is_role_noun("fullback"));
    CHECK(lx.is_role_noun("quarterback"));
    CHECK(lx.is_role_noun("point guard"));
    using whosaid::title_flags;
    CHECK((lx.title_flags_of("senior fellow") & title_flags::affiliation) != 0);
    CHECK((lx.title_flags_of("professor") & title_flags::person) != 0);
    CHECK((lx.title_flags_of("minister") & title_flags::official) != 0);
    CHECK(lx.is_org_head("Institute"));
    CHECK(lx.is_org_head("Ministry"));
    CHECK(lx.is_org_head("University"));
    CHECK_FALSE(lx.is_org_head("institute"));  // capitalized use only
    CHECK(lx.is_group_noun("analysts"));
    CHECK(lx.is_group_noun("state media"));
    CHECK_FALSE(lx.is_group_noun("analyst"));
    CHECK(lx.is_anonymous_head("official"));
    CHECK(lx.is_anonymous_head("source"));
    CHECK(lx.is_anonymous_head("people familiar with the matter"));
    CHECK_FALSE(lx.is_anonymous_head("President"));
    CHECK(lx.is_document_noun("poll"));
    CHECK(lx.is_document_noun("Statement"));
    CHECK(lx.is_document_noun("press release"));
    CHECK_FALSE(lx.is_document_noun("reports"));  // "reports said": media, a group
    CHECK_FALSE(lx.is_document_noun("analyst"));
  }

  TEST_CASE("user-added speaker nouns: a group, an anonymous head, a document") {
    lexicon lx;
    CHECK_FALSE(lx.is_document_noun("white paper"));
    lx.add_speaker_noun("white paper", whosaid::speaker_flags::document);
    lx.add_speaker_noun("pollsters", whosaid::speaker_flags::collective | whosaid::speaker_flags::plural);
    lx.add_speaker_noun("  mole ", whosaid::speaker_flags::anonymous);
    lx.add_speaker_noun("", whosaid::speaker_flags::document);
    CHECK(lx.is_document_noun("white paper"));
    CHECK(lx.is_group_noun("pollsters"));
    CHECK(lx.is_anonymous_head("mole"));
    CHECK_FALSE(lexicon::builtin().is_document_noun("white paper"));
  }

  TEST_CASE("lookups treat the typographic apostrophe like the ASCII one") {
    const auto& lx = lexicon::builtin();
    CHECK(canonical_of(lx, "People\u2019s Daily") == "People's Daily");
    CHECK(canonical_of(lx, "N\u2019Djamena") == "Chad");
    CHECK(canonical_of(lx, "Nuku\u2019alofa") == "Tonga");
    CHECK(canonical_of(lx, "C\u00f4te d\u2019Ivoire") == "Ivory Coast");
    CHECK(canonical_of(lx, "Workers\u2019 Party of Korea") == "Workers' Party of Korea");
    CHECK(canonical_of(lx, "Barron\u2019s") == "Barron's");
    CHECK(lx.is_anonymous_head("people familiar with the matter"));
  }

  TEST_CASE("n-gram lookups know the longest entity") {
    const auto& lx = lexicon::builtin();
    CHECK(lx.max_entity_words() >= 8);  // "United Kingdom of Great Britain and Northern Ireland"
    CHECK(canonical_of(lx, "United Kingdom of Great Britain and Northern Ireland") == "United Kingdom");
    CHECK(canonical_of(lx, "  South\tKorea ") == "South Korea");
    CHECK_FALSE(lx.find_entity(""));
    CHECK_FALSE(lx.find_entity(std::string(10000, 'a')));
  }

  TEST_CASE("the first-word filter bounds n-gram lookups") {
    const auto& lx = lexicon::builtin();
    CHECK(lx.max_entity_words_from("South") >= 2);
    CHECK(lx.max_entity_words_from("united") >= 8);
    CHECK(lx.max_entity_words_from("Yonhap") == 3);
    CHECK(lx.max_entity_words_from("Seoul") == 1);
    CHECK(lx.max_entity_words_from("the") == lx.max_entity_words() + 1);
    CHECK(lx.max_entity_words_from("Guinea-Bissau") >= 2);
    CHECK(lx.max_entity_words_from("sandwich") == 0);
    CHECK(lx.max_entity_words_from("") == 0);
    CHECK(lx.max_entity_words_from(std::string(5000, 'x')) == 0);
    lexicon mine;
    mine.add_entity("Sandwich Islands Broadcasting Corporation of the Pacific Rim and Beyond", actor_kind::media, "");
    CHECK(mine.max_entity_words_from("sandwich") == 10);
    CHECK(mine.max_entity_words() == 10);
  }

  TEST_CASE("user-added cues work and replace built-in forms") {
    lexicon lx;
    CHECK_FALSE(lx.find_cue("opined-ish"));
    lx.add_cue("kvetch", "kvetch|kvetches|kvetched|kvetching", whosaid::cue_flags::speech);
    auto c = lx.find_cue("Kvetched");
    REQUIRE(c);
    CHECK(c->base == "kvetch");
    CHECK(c->flags == whosaid::cue_flags::speech);
    lx.add_cue("state formally", "stated", whosaid::cue_flags::speech);
    CHECK(lx.find_cue("stated")->base == "state formally");
    // the built-in lexicon is untouched
    CHECK_FALSE(lexicon::builtin().find_cue("kvetched"));
    CHECK(lexicon::builtin().find_cue("stated")->base == "state");
  }

  TEST_CASE("user-added entities work, take precedence and survive copies") {
    lexicon lx;
    lx.add_entity("Korea Institute for National Unification", actor_kind::organization, "KINU|the KINU institute");
    auto h = lx.find_entity("KINU");
    REQUIRE(h);
    CHECK(h->canonical == "Korea Institute for National Unification");
    CHECK(h->kind == actor_kind::organization);
    CHECK(h->how == via::alias);
    CHECK_FALSE(lx.find_entity("kinu"));  // acronym: case-sensitive
    lx.add_entity("Georgia (U.S. state)", actor_kind::location, "Georgia");
    CHECK(canonical_of(lx, "Georgia") == "Georgia (U.S. state)");
    CHECK(canonical_of(lexicon::builtin(), "Georgia") == "Georgia");
    CHECK(canonical_of(lx, "Tbilisi") == "Georgia");

    lexicon copy;
    {
      lexicon temp = lx;  // copy, then destroy the source
      copy = temp;
    }
    auto again = copy.find_entity("KINU");
    REQUIRE(again);
    CHECK(again->canonical == "Korea Institute for National Unification");
    lexicon moved = std::move(copy);
    CHECK(canonical_of(moved, "the KINU institute") == "Korea Institute for National Unification");
  }

  TEST_CASE("load_gazetteer reads good lines and survives garbage") {
    lexicon lx;
    const std::string_view text =
        "# a comment line\n"
        "Korea Institute for Defense Analyses\torganization\tKIDA|Korea Institute for Defence Analyses\r\n"
        "\n"
        "   \n"
        "Lee Jae-myung\tperson\n"
        "no tab on this line\n"
        "\tperson\tnameless\n"
        "Somebody\tnot-a-kind\talias\n"
        "Too\tmany\tfields\there\n"
        "\x01\x02\xff\xfe\t\t\n"
        "Sejong Institute\tOrganization\tthe Sejong Institute";
    const std::size_t bad = lx.load_gazetteer(text);
    CHECK(bad == 5);
    CHECK(canonical_of(lx, "KIDA") == "Korea Institute for Defense Analyses");
    CHECK(canonical_of(lx, "Korea Institute for Defence Analyses") == "Korea Institute for Defense Analyses");
    auto lee = lx.find_entity("Lee Jae-myung");
    REQUIRE(lee);
    CHECK(lee->kind == actor_kind::person);
    CHECK(canonical_of(lx, "Sejong Institute") == "Sejong Institute");
    CHECK(lx.load_gazetteer("") == 0);
    CHECK(lx.load_gazetteer("\n\n#\n") == 0);
  }
}
