// The attribution sieves one by one, on paragraph fixtures written here: the
// finder runs on a scanned paragraph, and each test names the sieve that
// must decide the claim (attribution::rule). Also: every built-in cue form
// and cue phrase reaches a claim, and a user's cue behaves like a built-in
// one with the same flags.
#include <whosaid/extract.hpp>
#include <whosaid/extract/detail/attribution.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_test_util.hpp"

using namespace whosaid;
using namespace whosaid::detail;

namespace {

struct decided {
  std::string rule, content, speaker, cue;
  bool inherit = false;
};

// The attributions of the first paragraph of `text`.
struct paragraph {
  std::string text;
  paragraph_scan p;
  std::vector<mention> ms;
  std::vector<relation_hit> rels;
  std::vector<attribution> atts;
  attribution_state left;

  explicit paragraph(std::string t, const whosaid::lexicon& lex = whosaid::lexicon::builtin()) : text(std::move(t)) {
    text_scanner sc(text, lex);
    sc.next(p);
    mention_finder(text, lex).find(p, ms);
    relation_finder(text, lex).find(p, ms, rels);
    left = attribution_finder(text, lex).find(p, ms, atts);
  }
  std::vector<decided> claims() const {
    std::vector<decided> out;
    for (const attribution& a : atts) {
      decided d;
      d.rule = std::string(to_string(a.rule));
      d.content = std::string(a.content.of(text));
      d.speaker = a.speaker >= 0 ? std::string(ms[static_cast<std::size_t>(a.speaker)].span.of(text)) : "";
      d.cue = std::string(a.cue.of(text));
      d.inherit = a.inherit;
      out.push_back(d);
    }
    return out;
  }
};

decided only(const paragraph& p) {
  auto cs = p.claims();
  REQUIRE(cs.size() == 1);
  return cs[0];
}

}  // namespace

TEST_SUITE("extract/attribution/sieves") {
  TEST_CASE("colon_introduction: a colon opens a quotation") {
    auto c = only(paragraph("Tomas Berg said: \xE2\x80\x9CWe will not raise the fares this year.\xE2\x80\x9D"));
    CHECK(c.rule == "colon_introduction");
    CHECK(c.speaker == "Tomas Berg");
    CHECK(c.content == "We will not raise the fares this year.");
  }

  TEST_CASE("colon_introduction: an introduction ending the paragraph is left for the next one") {
    paragraph p("Mia Olsen told reporters:");
    CHECK(p.atts.empty());
    REQUIRE(p.left.intro_speaker >= 0);
    CHECK(p.ms[static_cast<std::size_t>(p.left.intro_speaker)].span.of(p.text) == "Mia Olsen");
  }

  TEST_CASE("content_then_cue: the quotation first, the speaker before the cue") {
    auto c = only(paragraph("\xE2\x80\x9CThe bridge is safe,\xE2\x80\x9D Mia Olsen said."));
    CHECK(c.rule == "content_then_cue");
    CHECK(c.speaker == "Mia Olsen");
    CHECK(c.content == "The bridge is safe");
  }

  TEST_CASE("content_then_cue: an attribution inside the clause it reports") {
    auto c = only(paragraph("The new ferry, Norvik said, was the largest it had ever built."));
    CHECK(c.rule == "content_then_cue");
    CHECK(c.speaker == "Norvik");
    CHECK(c.content == "The new ferry, Norvik said, was the largest it had ever built");
  }

  TEST_CASE("content_then_cue: a new clause with its own subject ends the content") {
    paragraph p("Ferry crossings will rise next summer, Norvik said, and she added that the port would grow.");
    auto cs = p.claims();
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].rule == "content_then_cue");
    CHECK(cs[0].speaker == "Norvik");
    CHECK(cs[0].content == "Ferry crossings will rise next summer");
    CHECK(cs[1].cue == "added");
  }

  TEST_CASE("nested reports: a cue inside a claim's content, with its own named subject") {
    paragraph p("Lind said that Holm had warned that the bridge would close.");
    auto cs = p.claims();
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Lind");
    CHECK(cs[0].content == "Holm had warned that the bridge would close");
    CHECK(cs[1].speaker == "Holm");
    CHECK(cs[1].cue == "warned");
    CHECK(cs[1].content == "the bridge would close");
    // A pronoun inside is most often the outer speaker again; a condition
    // or a relative clause reports nothing.
    CHECK(paragraph("Lind said she had warned that the bridge would close.").claims().size() == 1);
    CHECK(paragraph("Lind said the fares would rise if Holm argued that the bridge was unsafe.").claims().size() == 1);
  }

  TEST_CASE("participle: after a preposition, and a second participle, opening the sentence") {
    paragraph p("Despite urging caution over the harbour and disclosing that the ferry will not sail, Lind said "
                "the port would stay open.");
    auto cs = p.claims();
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].rule == "participle");
    CHECK(cs[0].speaker == "Lind");
    CHECK(cs[0].content == "caution over the harbour");
    CHECK(cs[1].rule == "participle");
    CHECK(cs[1].speaker == "Lind");
    CHECK(cs[1].content == "the ferry will not sail");
    CHECK(cs[2].content == "the port would stay open");
  }

  TEST_CASE("inverted: the speaker after the cue") {
    auto c = only(paragraph("\xE2\x80\x9CTrade will recover,\xE2\x80\x9D said Lena Park, an economist at Nordbank."));
    CHECK(c.rule == "inverted");
    CHECK(c.speaker == "Lena Park");
    CHECK(c.content == "Trade will recover");
  }

  TEST_CASE("inverted: a demonym and a role before the name are its modifiers") {
    auto c = only(paragraph("\xE2\x80\x9CThe tide turned early,\xE2\x80\x9D said Norwegian sailor Eva Lunde, one of the crew."));
    CHECK(c.rule == "inverted");
    CHECK(c.speaker == "Eva Lunde");
  }

  TEST_CASE("inverted: an affiliation after the speaker ends the clause") {
    auto c = only(paragraph("\xE2\x80\x9C" "Cases are rising,\xE2\x80\x9D said Dr. Ann Lind with the county health department."));
    CHECK(c.rule == "inverted");
    CHECK(c.speaker == "Dr. Ann Lind");
    CHECK(c.content == "Cases are rising");
  }

  TEST_CASE("inverted: a description stands for the person just named") {
    // The description is the speaker mention; coreference (through
    // whosaid::extract) takes it back to the person.
    auto c = only(paragraph("Ian Holt was moved. \xE2\x80\x9CIt changed me,\xE2\x80\x9D said the 26-year-old actor and director."));
    CHECK(c.rule == "inverted");
    CHECK(c.speaker == "the 26-year-old actor");
    const whosaid::graph g = whosaid::extract(
        "Quebec's Ian Holt was moved. \xE2\x80\x9CIt changed me,\xE2\x80\x9D said the 26-year-old.\n\n"
        "\xE2\x80\x9CThe river was cold,\xE2\x80\x9D said the Brazilian, who swam last.");
    REQUIRE(g.claim_count() == 2);
    for (const auto& cl : g.claims()) CHECK(g[cl.speaker].name == "Ian Holt");
  }

  TEST_CASE("content_then_cue: an unnamed source's organization is part of the speaker's phrase") {
    auto c = only(paragraph("\xE2\x80\x9CThe bridge is safe,\xE2\x80\x9D a spokeswoman for the council said."));
    CHECK(c.rule == "content_then_cue");
    CHECK(c.speaker == "a spokeswoman for the council");
    CHECK(c.content == "The bridge is safe");
    const whosaid::graph g = whosaid::extract("A spokeswoman for the Harbour Trust said the pier would reopen.");
    REQUIRE(g.claim_count() == 1);
    CHECK(g[g.claims()[0].speaker].name == "spokeswoman for the Harbour Trust");
    CHECK(g[g.claims()[0].speaker].anonymous);
  }

  TEST_CASE("cue_then_content: an unnamed source qualified by any matter, its verb no cue") {
    auto c = only(paragraph("Two people briefed on the merger talks said the sale could close in May."));
    CHECK(c.rule == "cue_then_content");
    CHECK(c.speaker == "Two people briefed on the merger talks");
    CHECK(c.cue == "said");
    CHECK(c.content == "the sale could close in May");
    auto d = only(paragraph("Sources close to the coach said he would stay."));
    CHECK(d.speaker == "Sources close to the coach");
  }

  TEST_CASE("according_to: a possessive organization's role with an of-phrase names the person after it") {
    auto c = only(paragraph("The camp was full, according to Nordaid's head of field operations Ana Ruiz."));
    CHECK(c.rule == "according_to");
    CHECK(c.speaker == "Ana Ruiz");
    CHECK(c.content == "The camp was full");
  }

  TEST_CASE("according_to: the source after the phrase, content before or after") {
    auto c = only(paragraph("According to Ida Holm, the bridge will open in May."));
    CHECK(c.rule == "according_to");
    CHECK(c.speaker == "Ida Holm");
    CHECK(c.content == "the bridge will open in May");
    auto d = only(paragraph("The bridge will open in May, according to Ida Holm."));
    CHECK(d.rule == "according_to");
    CHECK(d.content == "The bridge will open in May");
  }

  TEST_CASE("passive: the subject of a quoted-as-saying phrase speaks") {
    auto c = only(paragraph("Per Lund was quoted as saying the budget was balanced."));
    CHECK(c.rule == "passive");
    CHECK(c.speaker == "Per Lund");
    CHECK(c.cue == "was quoted as saying");
    CHECK(c.content == "the budget was balanced");
  }

  TEST_CASE("object_cue: the object, then what is said of it") {
    auto c = only(paragraph("Okafor urged the council to delay the vote."));
    CHECK(c.rule == "object_cue");
    CHECK(c.speaker == "Okafor");
    CHECK(c.content == "the council to delay the vote");
    auto on = only(paragraph("Okafor called upon the council to take note of the ruling."));
    CHECK(on.rule == "object_cue");
    CHECK(on.content == "the council to take note of the ruling");
    // A quote-only cue needs its quotation.
    CHECK(paragraph("Okafor called the council on Monday.").atts.empty());
    auto q = only(paragraph("Okafor called the plan \xE2\x80\x9C" "a betrayal of the coast\xE2\x80\x9D."));
    CHECK(q.rule == "object_cue");
  }

  TEST_CASE("object_cue: 'what X called ...' is a noun phrase that a comma ends") {
    auto c = only(paragraph("The union, angered by what Okafor called the board\xE2\x80\x99s \xE2\x80\x9C" "broken promises\xE2\x80\x9D"
                            " on pay, has voted to strike on Monday."));
    CHECK(c.rule == "object_cue");
    CHECK(c.speaker == "Okafor");
    CHECK(c.content == "the board\xE2\x80\x99s \xE2\x80\x9C" "broken promises\xE2\x80\x9D on pay");
  }

  TEST_CASE("participle: the main clause's subject speaks") {
    paragraph p("Lind defended the plan on Monday, saying it would pay for itself.");
    auto cs = p.claims();
    REQUIRE(!cs.empty());
    CHECK(cs.back().rule == "participle");
    CHECK(cs.back().speaker == "Lind");
    CHECK(cs.back().content == "it would pay for itself");
  }

  TEST_CASE("participle: not a subject inside the main clause's object, but one a subordinator opens") {
    auto inner = only(paragraph("Lind talked about the criticism his deputy Tom Berg has faced, saying the weather "
                                "was to blame."));
    CHECK(inner.rule == "participle");
    CHECK(inner.speaker == "Lind");
    auto after = only(paragraph("Ida Holm was speaking soon after Tom Berg defended the fares, saying the "
                                "prices were fair."));
    CHECK(after.rule == "participle");
    CHECK(after.speaker == "Tom Berg");
  }

  TEST_CASE("participle: a second, coordinated cue with its subject left out") {
    paragraph p("Berg said the fares were fair and added that they would not rise.");
    auto cs = p.claims();
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].rule == "cue_then_content");
    CHECK(cs[0].content == "the fares were fair");
    CHECK(cs[1].rule == "participle");
    CHECK(cs[1].speaker == "Berg");
    CHECK(cs[1].content == "they would not rise");
  }

  TEST_CASE("cue_then_content: speaker, cue, then the clause") {
    auto c = only(paragraph("Harbour chief Mia Olsen said on Friday that the port will reopen in May."));
    CHECK(c.rule == "cue_then_content");
    CHECK(c.content == "the port will reopen in May");
    auto d = only(paragraph("Ida Holm went on to say that the tolls would stay low."));
    CHECK(d.rule == "cue_then_content");
    CHECK(d.cue == "went on to say");
  }

  TEST_CASE("cue_then_content: a gerund phrase after a verb of saying") {
    auto c = only(paragraph("Ida Holm denied taking money from the port authority."));
    CHECK(c.rule == "cue_then_content");
    CHECK(c.speaker == "Ida Holm");
    CHECK(c.content == "taking money from the port authority");
    CHECK(paragraph("Ida Holm admitted nothing else on Monday.").atts.empty());
  }

  TEST_CASE("speaker_label: a name and a colon open the paragraph") {
    auto c = only(paragraph("Ann Lind: Ferry Fares Will Double by Spring"));
    CHECK(c.rule == "speaker_label");
    CHECK(c.speaker == "Ann Lind");
    CHECK(c.content == "Ferry Fares Will Double by Spring");
  }

  TEST_CASE("speaker_label: a lone word stands only if the article names it elsewhere") {
    auto cs = extract_test::run("Lind: Ferry Fares Will Double by Spring\n\nThe fares rise in May, Ann Lind said.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Ann Lind");
    cs = extract_test::run("Update: Ferry Fares Will Double by Spring\n\nThe fares rise in May, Ann Lind said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ann Lind");
    cs = extract_test::run("Poll: Lind and Holm Level Before the Debate\n\nThe race is close.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Poll");
  }

  TEST_CASE("speaker_label: a transcript's labels in capitals are the people named in it") {
    auto cs = extract_test::run(
        "Ida Holm spoke with Mats Berg on the radio.\n\nHOLM: Will the ferry fares go up this year?\n\n"
        "BERG: Not this year, and not by much next year either.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Ida Holm");
    CHECK(cs[1].speaker == "Mats Berg");
    CHECK(extract_test::run("NOTE: The ferry fares will go up in May this year.").empty());
  }

  TEST_CASE("speaker_label: a transcript quoted paragraph by paragraph") {
    auto cs = extract_test::run(
        "Ida Holm spoke with Mats Berg on the radio.\n\n\"HOLM: Will the ferry fares go up this year?\n\n"
        "\"BERG: Not this year, and not by much next year either.\"");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Ida Holm");
    CHECK(cs[1].speaker == "Mats Berg");
    // Inside a quotation a label needs capitals: "Lind: ..." is quoted text.
    CHECK(paragraph("\"Lind: Ferry Fares Will Double,\" the headline read.").claims().empty());
  }

  TEST_CASE("dash_signature: a quotation signed with a dash and a name") {
    auto c = only(paragraph("\xE2\x80\x9CThe sea took everything we had.\xE2\x80\x9D \xE2\x80\x94 Ann Lind"));
    CHECK(c.rule == "dash_signature");
    CHECK(c.speaker == "Ann Lind");
  }

  TEST_CASE("quote_continuation: a later quotation in the claim's sentence") {
    paragraph p("Ana Ruiz said the dam had held. \xE2\x80\x9CWe tried hard, and the water came too fast,\xE2\x80\x9D she "
                "added, \xE2\x80\x9C" "But nobody was hurt in the end.\xE2\x80\x9D");
    auto cs = p.claims();
    REQUIRE(cs.size() == 3);
    CHECK(cs[2].rule == "quote_continuation");
    CHECK(cs[2].speaker == "she");
  }

  TEST_CASE("inherited_speaker: a quotation standing alone takes the previous speaker") {
    paragraph p("\xE2\x80\x9CThe ships can come back next week. We are ready.\xE2\x80\x9D");
    auto c = only(p);
    CHECK(c.rule == "inherited_speaker");
    CHECK(c.inherit);
    // Through the extractor: the speaker of the paragraph before.
    auto cs = extract_test::run(
        "Mia Olsen said the port would reopen in May.\n\n\xE2\x80\x9CThe ships can come back next week. We are "
        "ready.\xE2\x80\x9D");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Mia Olsen");
    // It was attributed through the previous claim's mention, and says so.
    CHECK(cs[1].mention == "Mia Olsen");
    auto split = extract_test::run(
        "Ana Ruiz runs the pumping station.\n\n\xE2\x80\x9CWe tried,\xE2\x80\x9D she said. \xE2\x80\x9CThe water rose "
        "too fast for the pumps.\xE2\x80\x9D");
    REQUIRE(split.size() == 2);
    CHECK(split[1].mention == "she");
  }

  TEST_CASE("inherited_speaker: a two-word sentence in quotes is a quote, a title in running text is not") {
    auto cs = extract_test::run(
        "\xE2\x80\x9CThe pumps failed at dawn,\xE2\x80\x9D said Ana Ruiz. \xE2\x80\x9CNobody came.\xE2\x80\x9D");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].content == "Nobody came.");
    CHECK(cs[1].speaker == "Ana Ruiz");
    // A programme's name, its period inside the marks as American style puts it.
    auto title = extract_test::run(
        "\xE2\x80\x9CThe pumps failed at dawn,\xE2\x80\x9D Ana Ruiz said on \xE2\x80\x9CMorning Desk.\xE2\x80\x9D");
    CHECK(title.size() == 1);
  }

  TEST_CASE("coordinated_speakers: one claim per coordinated speaker") {
    paragraph p("Germany and France said the deal was fair.");
    auto cs = p.claims();
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Germany");
    CHECK(cs[0].rule == "coordinated_speaker");
    CHECK(cs[1].speaker == "France");
    CHECK(cs[1].rule == "cue_then_content");
    // Surnames alone, after their full names.
    auto two = extract_test::run("Ana Ruiz met Bo Ek in May.\n\nRuiz and Ek said they would leave the band.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].speaker == "Ana Ruiz");
    CHECK(two[1].speaker == "Bo Ek");
  }

  TEST_CASE("role_speaker: the one named holder of a role speaks for an anonymous role phrase") {
    std::vector<local_actor> xs(2);
    xs[0].name = "Marta Holm";
    xs[0].kind = actor_kind::person;
    xs[0].roles = {"chief negotiator"};
    xs[1].anonymous = true;
    xs[1].kind = actor_kind::person;
    xs[1].head = "negotiator";
    const std::string t = "Later the chief negotiator said no.";
    struct claim_rec {
      int speaker;
      text_span speaker_mention;
      attribution_rule rule;
    };
    std::vector<claim_rec> claims{{1, {10, 27}, attribution_rule::cue_then_content}};
    role_speaker::apply(t, xs, claims);
    CHECK(claims[0].speaker == 0);
    CHECK(claims[0].rule == attribution_rule::role_speaker);
    // Two holders of the role: nobody is chosen.
    xs.push_back(xs[0]);
    xs[2].name = "Per Lund";
    std::vector<claim_rec> again{{1, {10, 27}, attribution_rule::cue_then_content}};
    role_speaker::apply(t, xs, again);
    CHECK(again[0].speaker == 1);
  }

  TEST_CASE("the order list: every rule but none appears, cue sieves before paragraph sieves") {
    bool paragraph_seen = false;
    for (const sieve& s : sieve_order) {
      CHECK(s.rule != attribution_rule::none);
      if (s.stage == sieve_stage::paragraph) {
        paragraph_seen = true;
        CHECK(static_cast<bool>(s.on_paragraph));
      } else {
        CHECK_FALSE(paragraph_seen);
        CHECK(static_cast<bool>(s.on_cue));
      }
    }
  }
}

TEST_SUITE("extract/attribution/reachability") {
  // A template sentence for a cue form, by what its flags say it takes.
  std::string sentence_for(std::string_view form, std::uint32_t flags) {
    std::string f(form);
    const bool ing = f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0 && (flags & cue_flags::phrase) == 0;
    if ((flags & cue_flags::source_follows) != 0) {
      f[0] = static_cast<char>(f[0] - 'a' + 'A');
      return f + " Ida Holm, the bridge will open in May.";
    }
    if ((flags & cue_flags::passive) != 0) return "Ida Holm " + f + " that the bridge would open in May.";
    // A document's verb, with the document's author as the speaker.
    if ((flags & cue_flags::document_subject) != 0) return "An Ida Holm study " + f + " that the bridge would open in May.";
    const std::string rest = (flags & cue_flags::about_object) != 0
                                 ? " the council as \xE2\x80\x9Cslow and careless\xE2\x80\x9D."
                                 : " that the bridge would open in May.";
    if (ing) return "Ida Holm spoke on Monday, " + f + rest;
    return "Ida Holm " + f + rest;
  }

  void check_reaches(const whosaid::lexicon& lex, std::string_view form, std::uint32_t flags) {
    const std::string s = sentence_for(form, flags);
    whosaid::extractor ex(lex);
    whosaid::graph g = ex.extract(std::string_view(s));
    INFO(s);
    REQUIRE(g.claim_count() >= 1);
    const auto& c = *g.claims().begin();
    CHECK(g[c.speaker].name == "Ida Holm");
    CHECK(detail::iequals(g.cue(c), form));
    CHECK(c.rule != attribution_rule::none);
  }

  TEST_CASE("a document's verb reports only with a document as its subject") {
    auto cs = extract_test::run("Ida Holm showed the council that the bridge was safe.");
    CHECK(cs.empty());
    cs = extract_test::run("The survey shows that the bridge is safe.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "survey");
    CHECK(cs[0].content == "the bridge is safe");
    // The author the phrase names speaks, and so does every later "the report".
    cs = extract_test::run("A report by the Harbour Institute found that the bridge was safe. The report said repairs "
                           "could wait.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Harbour Institute");
    CHECK(cs[1].speaker == "Harbour Institute");
  }

  TEST_CASE("the subject of an issuing verb is the document's author") {
    auto cs = extract_test::run("The Harbour Trust issued a statement saying the pier would close in May.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Harbour Trust");
    cs = extract_test::run("Ida Holm has also sent a letter that said the pier would close.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ida Holm");
    // Receiving a letter makes no author.
    cs = extract_test::run("Ida Holm received a letter saying the pier would close.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "letter");
  }

  TEST_CASE("a participle's object is not the subject of the cue") {
    auto cs = extract_test::run("The union representing the dock workers says the talks failed.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "union");
  }

  TEST_CASE("a user's document noun speaks like a built-in one") {
    whosaid::lexicon lex;
    lex.add_speaker_noun("whitepaper", whosaid::speaker_flags::document);
    auto cs = extract_test::claims_of(
        whosaid::extractor(lex).extract(std::string_view("The whitepaper found that the port was too small.")));
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "whitepaper");
    CHECK(extract_test::run("The whitepaper found that the port was too small.").empty());
  }

  TEST_CASE("every built-in cue verb form yields a claim in a template sentence") {
    const auto& lex = whosaid::lexicon::builtin();
    std::size_t forms = 0;
    for (const cue_entry& e : builtin_cue_verbs())
      detail::lex_split(e.forms, [&](std::string_view f) {
        ++forms;
        check_reaches(lex, f, e.flags);
      });
    CHECK(forms > 600);
  }

  TEST_CASE("every built-in cue phrase yields a claim, and every adjunct phrase leaves its cue's claim") {
    const auto& lex = whosaid::lexicon::builtin();
    for (const cue_phrase_entry& e : builtin_cue_phrases()) {
      if ((e.flags & cue_flags::adjunct) != 0) {
        // "in a statement" after the cue; "speaking to X," before the speaker.
        std::string ph(e.text);
        std::string s;
        if (ph.compare(0, 3, "in ") == 0 || ph.compare(0, 3, "at ") == 0 || ph.compare(0, 3, "on ") == 0) {
          s = "Ida Holm said " + ph + " that the bridge would open in May.";
        } else {
          ph[0] = static_cast<char>(ph[0] - 'a' + 'A');
          if (ph.back() == 'o' || ph.back() == 'n') ph += " Reuters";
          s = ph + ", Ida Holm said that the bridge would open in May.";
        }
        INFO(s);
        auto cs = extract_test::claims_of(whosaid::extractor(lex).extract(std::string_view(s)));
        REQUIRE(cs.size() == 1);
        CHECK(cs[0].speaker == "Ida Holm");
        CHECK(cs[0].content == "the bridge would open in May");
        continue;
      }
      check_reaches(lex, e.text, e.flags);
    }
  }

  TEST_CASE("a user's cue with a flag behaves like the built-in cue with that flag") {
    whosaid::lexicon lex;
    // Like "tell": an addressee, then the clause; an outlet addressee is the channel.
    lex.add_cue("notify", "notify|notifies|notified|notifying",
                cue_flags::speech | cue_flags::that_clause | cue_flags::addressee);
    auto cs = extract_test::claims_of(
        whosaid::extractor(lex).extract(std::string_view("Ida Holm notified Reuters that the bridge would open in May.")));
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the bridge would open in May");
    CHECK(cs[0].via == "Reuters");
    auto told = extract_test::run("Ida Holm told Reuters that the bridge would open in May.");
    REQUIRE(told.size() == 1);
    CHECK(told[0].content == cs[0].content);
    CHECK(told[0].via == cs[0].via);
    // Like "call": an object first, and only a quotation will do.
    lex.add_cue("dub", "dub|dubs|dubbed|dubbing", cue_flags::speech | cue_flags::about_object | cue_flags::quote_only);
    whosaid::extractor ex(lex);
    CHECK(ex.extract(std::string_view("Ida Holm dubbed the plan a failure.")).claim_count() == 0);
    auto q = extract_test::claims_of(
        ex.extract(std::string_view("Ida Holm dubbed the plan \xE2\x80\x9C" "a failure of nerve\xE2\x80\x9D.")));
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Ida Holm");
  }
}
