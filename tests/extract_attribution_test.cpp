// Golden tests for the attribution patterns (issue item 2) and the cues
// (item 3), each on a short text written for the test.
#include <whosaid/extract/detail/attribution.hpp>

#include <doctest/doctest.h>

#include "extract_test_util.hpp"

using namespace extract_test;

TEST_SUITE("extract/attribution") {
  TEST_CASE("speaker before, that-clause after, with a day in between") {
    auto cs = run("Harbour chief Mia Olsen said on Friday that the port will reopen in May.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Mia Olsen");
    CHECK(cs[0].content == "the port will reopen in May");
    CHECK(cs[0].kind == "indirect");
    CHECK(cs[0].cue == "said");
  }

  TEST_CASE("an aside between the cue and its clause: said that, if ..., ...") {
    auto cs = run("Tomas Berg said that, if elected, he would cut the ferry fares.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Tomas Berg");
    CHECK(cs[0].content == "if elected, he would cut the ferry fares");
    cs = run("Mia Olsen said, in her view, the port would reopen in May.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "in her view, the port would reopen in May");
    // After a quotation the comma leads to a trailing aside, not content.
    cs = run("“We won,” Mia Olsen said, smiling, and left the stage.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "We won");
  }

  TEST_CASE("a cue's base form after a determiner and an adjective is a noun") {
    auto cs = run("The villagers fear that their fair share of the river will shrink.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].cue == "fear");
    CHECK(run("Lind gave a brief answer to the harbour board.").empty());
  }

  TEST_CASE("a stance held with 'be' or 'remain': is confident that, remained adamant that") {
    auto cs = run("Mia Olsen was confident that the ferry would run on time.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Mia Olsen");
    CHECK(cs[0].cue == "was confident");
    CHECK(cs[0].content == "the ferry would run on time");
    cs = run("The ministry remained adamant that the dam was safe.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "ministry");
    // Without the copula the adjective reports nothing.
    CHECK(run("A confident Mia Olsen won the race.").empty());
  }

  TEST_CASE("an object pronoun before a determiner is the addressee alone") {
    auto cs = run("The mayor had told her the dam was safe.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the dam was safe");
  }

  TEST_CASE("a nested claim whose speaker resolves to the outer speaker is dropped") {
    auto cs = run("Ana Ruiz said the mayor had told her the dam was safe.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ana Ruiz");
    cs = run("Ana Ruiz said that Ida Holm had warned that the dam was unsafe.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Ida Holm");
  }

  TEST_CASE("phrasal cues of asking: advocated for, pushed for, encouraged X to") {
    auto cs = run("The council advocated for a new bridge, but the ministry refused to pay.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].cue == "advocated for");
    CHECK(cs[0].content == "a new bridge");
    cs = run("The union has encouraged its members to strike.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "union");
    CHECK(cs[0].content == "its members to strike");
  }

  TEST_CASE("told X to do Y: a long addressee, and the infinitive ends before a clause of its own") {
    auto cs = run("The union has told its 5,000-strong member base of drivers to stop work as they strike over pay.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "union");
    CHECK(cs[0].content == "to stop work");
    cs = run("The agency urged residents to leave the coast before they lose power.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "residents to leave the coast");
  }

  TEST_CASE("a plural possessive inside an organization's name") {
    auto cs = run("The Harbour Teachers' Union said the schools would close.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Harbour Teachers' Union");
    cs = run("The Children's Hospital said the ward would reopen.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Children's Hospital");
  }

  TEST_CASE("a person of an organization speaks, not the organization") {
    for (const char* t : {"Ann Lind of Harbour Bank said rates would rise.",
                          "Ann Lind of brokers Harbour Brown Berg said rates would rise.",
                          "Ann Lind at the University of Tromso said rates would rise."}) {
      auto cs = run(t);
      REQUIRE(cs.size() == 1);
      CHECK(cs[0].speaker == "Ann Lind");
    }
    // After the quotation too, and with a title.
    for (const char* t : {"\xE2\x80\x9CRates will rise,\xE2\x80\x9D Ann Lind of Harbour Bank said.",
                          "\xE2\x80\x9CRates will rise,\xE2\x80\x9D Ms. Lind of the Harbour Bank said.",
                          "\xE2\x80\x9CRates will rise,\xE2\x80\x9D said Sen. Ann Lind of Ohio."}) {
      auto cs = run(t);
      REQUIRE_MESSAGE(cs.size() == 1, t);
      CHECK(cs[0].speaker.find("Lind") != std::string::npos);
      CHECK(cs[0].speaker.find(" of") == std::string::npos);
      CHECK(cs[0].content == "Rates will rise");
    }
    // "for" names whom a role serves, not where a person is from.
    auto cs = run("The Bank of England said rates would rise.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Bank of England");
  }

  TEST_CASE("a discourse adverb between the subject and the cue") {
    auto cs = run("Counsel for the harbour, Emeka Obi however, told the court that he had not seen the files.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Emeka Obi");
    cs = run("Ida Holm, however, said the bridge was safe.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ida Holm");
  }

  TEST_CASE("a chain of appositions after the person: age, place, country") {
    auto cs = run("Ida Holm, 38, from the village of Vik, Norway, said she saw the flood.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ida Holm");
  }

  TEST_CASE("institutions and networks speak by their common noun") {
    for (const char* noun : {"hospital", "school", "university", "museum", "network"}) {
      auto cs = run(std::string("The ") + noun + " said it would close the wing in May.");
      REQUIRE(cs.size() == 1);
      CHECK(cs[0].speaker == noun);
    }
  }

  TEST_CASE("a share of a poll's respondents speaks as a group") {
    auto cs = run("Another 19 percent said they would not vote at all.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "19 percent");
    CHECK(run("Ferry fares rose 5 percent in May.").empty());
  }

  TEST_CASE("speaker before, clause without that") {
    auto cs = run("Tomas Berg said the ferry fares were too high.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Tomas Berg");
    CHECK(cs[0].content == "the ferry fares were too high");
  }

  TEST_CASE("a colon introduces a direct quote") {
    auto cs = run("Tomas Berg said: \"We will not raise the fares this year.\"");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].kind == "direct");
    CHECK(cs[0].content == "We will not raise the fares this year.");
  }

  TEST_CASE("quote first, speaker after") {
    auto cs = run("“The bridge is safe,” Mia Olsen said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Mia Olsen");
    CHECK(cs[0].content == "The bridge is safe");
    CHECK(cs[0].kind == "direct");
  }

  TEST_CASE("inverted: said X, with an apposition") {
    auto cs = run("“Trade will recover,” said Lena Park, an economist at Nordbank, on Tuesday.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Lena Park");
    CHECK(cs[0].content == "Trade will recover");
  }

  TEST_CASE("paraphrase first, speaker after") {
    auto cs = run("The tunnel will cost more than planned, the mayor Anna Lind said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Anna Lind");
    CHECK(cs[0].content == "The tunnel will cost more than planned");
    CHECK(cs[0].kind == "indirect");
  }

  TEST_CASE("a split quote keeps its speaker for the next quote") {
    auto cs = run("“We are ready,” Mia Olsen said. “The ships can come back next week.”");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Mia Olsen");
    CHECK(cs[1].content == "The ships can come back next week.");
    CHECK(cs[1].cue.empty());
  }

  TEST_CASE("according to, before and after the content") {
    auto before = run("According to the Harbour Gazette, the strike will end on Monday.");
    REQUIRE(before.size() == 1);
    CHECK(before[0].speaker == "Harbour Gazette");
    CHECK(before[0].content == "the strike will end on Monday");
    CHECK(before[0].cue == "According to");
    auto after = run("The strike will end on Monday, according to Tomas Berg.");
    REQUIRE(after.size() == 1);
    CHECK(after[0].speaker == "Tomas Berg");
    CHECK(after[0].content == "The strike will end on Monday");
  }

  TEST_CASE("told Reuters: the addressee is the channel") {
    auto cs = run("Lena Park told Reuters that exports had fallen sharply.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Lena Park");
    CHECK(cs[0].content == "exports had fallen sharply");
    CHECK(cs[0].via == "Reuters");
    auto plain = run("Lena Park told reporters exports had fallen sharply.");
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].content == "exports had fallen sharply");
    CHECK(plain[0].via.empty());
  }

  TEST_CASE("in a statement, in an interview with an outlet") {
    auto cs = run("Tomas Berg said in a statement that the talks had failed.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the talks had failed");
    auto iv = run("Tomas Berg said in an interview with Reuters that the talks had failed.");
    REQUIRE(iv.size() == 1);
    CHECK(iv[0].via == "Reuters");
  }

  TEST_CASE("participles: saying and adding take the main clause's subject") {
    auto cs = run("Mia Olsen defended the plan on Monday, saying the harbour needed new cranes.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Mia Olsen");
    CHECK(cs[0].content == "the harbour needed new cranes");
    CHECK(cs[0].cue == "saying");
    auto two = run("Tomas Berg said the fares would stay, adding that buses would run later.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].content == "the fares would stay");
    CHECK(two[1].content == "buses would run later");
    CHECK(two[1].speaker == "Tomas Berg");
  }

  TEST_CASE("'declined to comment, except to say that': the main clause's subject says it") {
    auto cs = run("Governor Tom Berg declined to comment, except to say that the state was ready.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Tom Berg");
    CHECK(cs[0].content == "the state was ready");
    auto other = run("Ida Holm would not elaborate other than to say the talks had stalled.");
    REQUIRE(other.size() == 1);
    CHECK(other[0].speaker == "Ida Holm");
    // A refusal to say reports nothing.
    CHECK(run("Ida Holm refused to say whether the talks had stalled.").empty());
  }

  TEST_CASE("a quote over several paragraphs is the speaker's who closes it") {
    auto cs = run("Tom Reed said the cost was high.\n\n"
                  "\xE2\x80\x9CWe began in winter. The steel came late.\n\n"
                  "\xE2\x80\x9C" "But the bridge is done,\xE2\x80\x9D said Lena Dahl, the chief engineer.");
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].speaker == "Tom Reed");
    CHECK(cs[1].speaker == "Lena Dahl");
    CHECK(cs[1].cue == "said");
    CHECK(cs[1].content == "We began in winter. The steel came late.");
    CHECK(cs[2].speaker == "Lena Dahl");
    // Opening the article, with no one quoted before, over three paragraphs.
    auto first = run("\xE2\x80\x9CWe began in winter.\n\n\xE2\x80\x9CThen the crews worked nights.\n\n"
                     "\xE2\x80\x9C" "But the bridge is done,\xE2\x80\x9D said Lena Dahl.");
    REQUIRE(first.size() == 3);
    for (const auto& c : first) CHECK(c.speaker == "Lena Dahl");
    // A quotation left open that nobody closes has no speaker to take.
    CHECK(run("\xE2\x80\x9CWe began in winter.\n\nNobody knew why.").empty());
  }

  TEST_CASE("a relative clause between an unnamed subject and its cue, and asking not to be named") {
    auto after = run("The dam had cracked, a worker who asked not to be named said.");
    REQUIRE(after.size() == 1);
    CHECK(after[0].speaker == "worker");
    CHECK(after[0].content == "The dam had cracked");
    auto before = run("An official who asked not to be identified said the dam had cracked.");
    REQUIRE(before.size() == 1);
    CHECK(before[0].speaker == "official");
    CHECK(before[0].content == "the dam had cracked");
    // A mention inside the clause is not the subject.
    auto inside = run("Residents who spoke to the Harbour Times said the dam had cracked.");
    REQUIRE(inside.size() == 1);
    CHECK(inside[0].speaker == "Residents");
    CHECK(inside[0].via == "Harbour Times");
    // Asking not to be named reports nothing.
    CHECK(run("The source, who asked not to be named because the talks were private, spoke by phone.").empty());
  }

  TEST_CASE("an outlet citing a source: the source speaks, the outlet is the channel") {
    auto cs = run("Citing an unnamed minister, the Harbour Times reported that the port would be sold.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "minister");
    CHECK(cs[0].via == "Harbour Times");
    CHECK(cs[0].content == "the port would be sold");
    // A person citing something says it herself; the citing is her claim.
    auto own = run("Citing the cost of fuel, Ida Moen said the ferry would stop in May.");
    REQUIRE(own.size() == 2);
    CHECK(own[1].speaker == "Ida Moen");
    CHECK(own[1].via.empty());
  }

  TEST_CASE("a participle of saying after a comma ends the content") {
    // ", citing ..." is the speaker's act: not part of what was said.
    auto cs = run("Ida Moen said the ferry would stop in May, citing the cost of fuel.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the ferry would stop in May");
    // Verbs of emphasis restate the speaker's words and open a claim.
    auto two = run("Ida Moen said the ferry would stop in May, underscoring that no jobs would go.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].content == "the ferry would stop in May");
    CHECK(two[1].content == "no jobs would go");
    CHECK(two[1].speaker == "Ida Moen");
    // ", hinting that ..." is often the writer's reading: it stays in the content.
    auto hint = run("Ida Moen said the ferry would stop in May, hinting that a bridge would follow.");
    REQUIRE(hint.size() == 1);
    CHECK(hint[0].content == "the ferry would stop in May, hinting that a bridge would follow");
  }

  TEST_CASE("a second coordinated cue keeps the subject") {
    auto cs = run("Anna Lind said the bridge was safe and said repairs would start soon.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].content == "the bridge was safe");
    CHECK(cs[1].content == "repairs would start soon");
    CHECK(cs[1].speaker == "Anna Lind");
  }

  TEST_CASE("a quote with no cue right after a named introduction") {
    auto cs = run("Mia Olsen spoke to dock workers on Monday.\n\n“Nobody will lose a job because of this plan.”");
    REQUIRE(cs.size() == 0);  // no claim yet: nobody has spoken
    auto after = run("Mia Olsen said the plan was fair.\n\n“Nobody will lose a job because of this plan.”");
    REQUIRE(after.size() == 2);
    CHECK(after[1].speaker == "Mia Olsen");
    CHECK(after[1].kind == "direct");
  }

  TEST_CASE("partial quotes inside a paraphrase make a mixed claim") {
    auto cs = run("Tomas Berg said the new timetable was \"a disaster\" for commuters.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].kind == "mixed");
    CHECK(cs[0].content == "the new timetable was \"a disaster\" for commuters");
  }

  TEST_CASE("object-taking cues: urged X to, called X a quote") {
    auto cs = run("Anna Lind urged the council to approve the budget.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the council to approve the budget");
    auto called = run("Anna Lind called the budget “a betrayal of the city”.");
    REQUIRE(called.size() == 1);
    CHECK(called[0].kind == "mixed");
  }

  TEST_CASE("noun uses of cue words are not cues") {
    CHECK(run("The claim was rejected by the court.").empty());
    CHECK(run("His comments drew a sharp response from the union.").empty());
    CHECK(run("Exports added 3% to growth in the quarter.").empty());
  }

  TEST_CASE("cue verbs in many forms, and user-added cues") {
    CHECK(run("Lena Park warned that prices would rise.").size() == 1);
    CHECK(run("Lena Park acknowledged that prices had risen.").size() == 1);
    CHECK(run("Lena Park insists prices will fall.").size() == 1);
    CHECK(run("Lena Park vlogged that prices would fall.").empty());
    whosaid::lexicon lex;
    lex.add_cue("vlog", "vlog|vlogs|vlogged|vlogging", whosaid::cue_flags::speech | whosaid::cue_flags::that_clause);
    whosaid::extractor x(std::move(lex));
    whosaid::article a;
    a.text = "Lena Park vlogged that prices would fall.";
    auto cs = claims_of(x.extract(a));
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "prices would fall");
  }

  TEST_CASE("told reporters after ...: an adverbial after the addressee is not content") {
    auto cs = run("\u201cWe will not raise fares this year,\u201d Moss told reporters after meeting the union in Leeds.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "We will not raise fares this year");
    CHECK(cs[0].kind == "direct");
    CHECK(cs[0].cue == "told");
    CHECK(cs[0].via.empty());  // reporters are not an outlet
    auto cs2 = run("The bridge will close for a month, Ada Moss said before the vote on Monday.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].content == "The bridge will close for a month");
  }

  TEST_CASE("according to an article, adjectives, then the name") {
    auto cs = run("Ferry fares will double, according to the nonpartisan Harbour Budget Office.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Harbour Budget Office");
    CHECK(cs[0].content == "Ferry fares will double");
    CHECK(run("Ferry fares will double, according to the new rules.").empty());
  }

  TEST_CASE("according to X, apposition or relative clause, content") {
    auto cs = run("According to the Lakeside Trust, a charity the town founded in 1990, the library will close.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "the library will close");
    CHECK(cs[0].speaker == "Lakeside Trust");
    auto cs2 = run("According to a senior official at the treasury, who asked not to be named, the budget is late.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].content == "the budget is late");
    auto cs3 = run("According to the board, the plan, which costs little, will pass.");
    REQUIRE(cs3.size() == 1);
    CHECK(cs3[0].content == "the plan, which costs little, will pass");
  }

  TEST_CASE("an apposition without its closing comma keeps the person as speaker") {
    auto cs = run("Chris Lowe, managing director of Harbour Telecom said that prices would rise.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Chris Lowe");
    CHECK(cs[0].content == "prices would rise");
  }

  TEST_CASE("according to an organization's titled person: the person speaks") {
    auto cs = run("Ivo Marsh works at the Coastal Research Institute.\n\n"
                  "Exports could triple, according to the Coastal Research Institute's Mr Marsh.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ivo Marsh");
  }

  TEST_CASE("coordinated subjects: one claim per speaker, same content") {
    auto cs = run("Norway and Sweden have repeatedly called for the quota to be raised.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Norway");
    CHECK(cs[1].speaker == "Sweden");
    CHECK(cs[0].content == cs[1].content);
    auto cs2 = run("In May, Chile, Peru and Mexico said the tariffs were unfair.");
    REQUIRE(cs2.size() == 3);
    CHECK(cs2[0].speaker == "Chile");
    CHECK(cs2[1].speaker == "Peru");
    CHECK(cs2[2].speaker == "Mexico");
  }

  TEST_CASE("a coordination inside a larger phrase is not a list of speakers") {
    auto cs = run("The envoy of Norway and Sweden said the quota was fair.");
    for (const auto& c : cs) CHECK(c.speaker != "Norway");
  }

  TEST_CASE("a to-infinitive after a pledge verb is the content, a passive is not a claim") {
    auto cs = run("In March, the Harbour Board pledged to cut the port fees by half.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Harbour Board");
    CHECK(cs[0].content == "to cut the port fees by half");
    CHECK(run("Mayor Ida Holm is also expected to seek help from the region.").empty());
    CHECK(run("The council is hoping to finish the bridge by May, with Ida Holm hoping to open it.").empty());
    // The progressive of a verb of saying is still a report.
    auto accusing = run("The harbour union is accusing the board of hiding the fees.");
    REQUIRE(accusing.size() == 1);
    CHECK(accusing[0].speaker == "harbour union");
  }

  TEST_CASE("'described X as Y' is a stance claim, a dash and a new speaker end it") {
    auto cs = run("Mayor Ida Holm has described the strike as a threat to the city - and the union's Per Dahl says "
                  "most members want a deal.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Ida Holm");
    CHECK(cs[0].content == "the strike as a threat to the city");
    CHECK(cs[1].content == "most members want a deal");
  }

  TEST_CASE("channels: a continuing quote keeps it, a trailing 'according to <outlet>' relays a claim") {
    auto cs = run("“Prices will fall,” Berg told Reuters. “The harbour is ready.”");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Berg");
    CHECK(cs[1].via == "Reuters");
    // "added" goes on in the same interview; "said" may be another setting.
    auto added = run("Berg told Reuters that prices would fall.\n\n“The harbour is ready,” he added.\n\n"
                     "“We hired forty people,” he said.");
    REQUIRE(added.size() == 3);
    CHECK(added[1].via == "Reuters");
    CHECK(added[2].via.empty());
    auto cs2 = run("Mayor Ida Holm reportedly said the tariffs were \"illegal\" and that the city will respond in a "
                   "\"firm manner,\" according to France 24.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Ida Holm");
    CHECK(cs2[0].via == "France 24");
  }

  TEST_CASE("channels: an opening 'in an interview with' / 'speaking to' phrase, call-sign stations") {
    auto cs = run("Asked in an interview with Ohio station WKRP about the markets, Lind said the index had gone up.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Lind");
    CHECK(cs[0].via == "WKRP");
    auto cs2 = run("Speaking to the BBC on Monday, Ida Holm said the port would reopen.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].content == "the port would reopen");
    CHECK(cs2[0].via == "BBC");
  }

  TEST_CASE("channels: 'X spoke to <outlet>' is the channel of X's claims") {
    auto cs = run("“The talks have stalled,” said a senior official, who spoke to Reuters on condition of anonymity.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].via == "Reuters");
    auto named = run("Ida Holm said the port would reopen.\n\nHolm spoke to the BBC by phone from Oslo.");
    REQUIRE(named.size() == 1);
    CHECK(named[0].via == "BBC");
    // Several unnamed sources quoted before: each of them, and not a group
    // named in the lead or a source quoted after.
    auto both = run("Harbour officials say the port will close.\n\n“We cannot wait,” a senior official said.\n\n"
                    "“It is over,” a second official said.\n\nBoth officials spoke to Reuters on condition of "
                    "anonymity.\n\n“We will see,” a third official said.");
    REQUIRE(both.size() == 4);
    CHECK(both[0].via.empty());
    CHECK(both[1].via == "Reuters");
    CHECK(both[2].via == "Reuters");
    CHECK(both[3].via.empty());
    // Speaking to reporters is no channel.
    CHECK(run("Ida Holm said the port would reopen. She spoke to reporters in Oslo.").at(0).via.empty());
  }

  TEST_CASE("channels: an outlet's name before 'news agency' or 'station' is the outlet") {
    auto cs = run("Ida Holm told the AFP news agency that the port would reopen.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].via == "Agence France-Presse");
    // The outlet speaking is one actor under its own name.
    auto g = whosaid::extract("The Reuters news agency reported that the port would reopen. Later the AFP news "
                              "agency reported that it would not.");
    REQUIRE(g.claim_count() == 2);
    CHECK(g[g.claims()[0].speaker].name == "Reuters");
    CHECK(g[g.claims()[1].speaker].name == "Agence France-Presse");
  }

  TEST_CASE("a progressive cue is active, 'welcomed the fact (that)' takes the clause") {
    auto cs = run("The Harbour Board is accusing the union of deliberately delaying the ships.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Harbour Board");
    CHECK(cs[0].content == "the union of deliberately delaying the ships");
    auto cs2 = run("Party leader Per Dahl welcomed the fact that the count had gone smoothly.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Per Dahl");
    CHECK(cs2[0].content == "the count had gone smoothly");
    CHECK(run("The fares were being increased, and the ferries were told to wait.").empty());
  }

  TEST_CASE("an abbreviated title with its period stays with the name") {
    auto cs = run("Rents will double by spring, Mr. Halvorsen said. Sen. Ruth Calder said the port would close.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Halvorsen");
    CHECK(cs[0].content == "Rents will double by spring");
    CHECK(cs[0].mention == "Mr. Halvorsen");
    CHECK(cs[1].speaker == "Ruth Calder");
    CHECK(cs[1].content == "the port would close");
  }

  TEST_CASE("a comma after the cue introduces a quotation, as a colon does") {
    auto cs = run("Mayor Ida Holm said, “The ferries will run again. The harbour is ready.”");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ida Holm");
    CHECK(cs[0].kind == "direct");
    CHECK(cs[0].content == "The ferries will run again. The harbour is ready.");
  }

  TEST_CASE("an attribution inside the clause it reports: the content runs on past it") {
    auto cs = run("The new ferry, the operator said, was the largest ever built in the region.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "operator");
    CHECK(cs[0].content == "The new ferry, the operator said, was the largest ever built in the region");
    // Not past a participial cue, an adverbial of the speech, or a finished quote.
    auto cs2 = run("The fares will rise, Lind said, adding that the ferries were full.");
    REQUIRE(cs2.size() == 2);
    CHECK(cs2[0].content == "The fares will rise");
    auto cs3 = run("“The fares will rise,” Lind said at a briefing, shortly after the vote had ended.");
    REQUIRE(cs3.size() == 1);
    CHECK(cs3[0].content == "The fares will rise");
  }

  TEST_CASE("an attribution after words that are no report by themselves: the main clause follows it") {
    // An adverb, a short phrase or a bare subject before the attribution.
    auto cs = run("Perhaps, Ida Moen said, the valley could feed itself.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].content == "Perhaps, Ida Moen said, the valley could feed itself");
    auto q = run("Farmers, Ida Moen said, can “feed the whole valley.”");
    REQUIRE(q.size() == 1);
    CHECK(q[0].content == "Farmers, Ida Moen said, can “feed the whole valley.”");
    CHECK(q[0].kind == "mixed");
    // A subordinate clause whose main clause comes after the attribution.
    auto sub = run("Though the plan was late, Ida Moen said, replacing it would cost more.");
    REQUIRE(sub.size() == 1);
    CHECK(sub[0].content == "Though the plan was late, Ida Moen said, replacing it would cost more");
    // A complete clause keeps its adverbial out of the report.
    auto done = run("The harbour was busy, Ida Moen said, until the mill closed in 1999.");
    REQUIRE(done.size() == 1);
    CHECK(done[0].content == "The harbour was busy");
  }

  TEST_CASE("a short parenthesis between the speaker and the cue: party and state, an acronym") {
    auto cs = run("“The bill is a gift to landlords,” Rep. Ann Berg (D-Ore.) said Friday.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ann Berg");
    CHECK(cs[0].content == "The bill is a gift to landlords");
    auto cs2 = run("Senator Ola Dahl (R-Utah) said the vote would be held in March.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Ola Dahl");
    CHECK(cs2[0].content == "the vote would be held in March");
  }

  TEST_CASE("a quote closed by a comma before its speaker is the content, whatever follows the cue") {
    auto cs = run("“It never crossed my mind,” Ida Holm said several months after the vote.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ida Holm");
    CHECK(cs[0].kind == "direct");
    CHECK(cs[0].content == "It never crossed my mind");
    auto cs2 = run("“The risk is real,” Lind said of the plan to merge the ports.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].content == "The risk is real");
  }

  TEST_CASE("lower-case descriptors of the speaker: before a name after the cue, after a closing mark") {
    auto cs = run("“We will win,” said party strategist Joe Lind.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Joe Lind");
    auto cs2 = run("“Subpoenas are not optional,” panel chairman Per Dahl said after the hearing.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Per Dahl");
    CHECK(cs2[0].content == "Subpoenas are not optional");
    CHECK(cs2[0].kind == "direct");
  }

  TEST_CASE("a quotation signed with a dash and a name") {
    auto cs = run("“The buses never come on time.” ― Maria Lopez\n\n“We need more of them.” — Tom Berg, Leeds");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Maria Lopez");
    CHECK(cs[0].kind == "direct");
    CHECK(cs[0].content == "The buses never come on time.");
    CHECK(cs[1].speaker == "Tom Berg");
    // A dash after a quoted word inside a sentence is no signature.
    CHECK(run("The plan was called “bold” — Harbour Board members disagreed.").empty());
  }

  TEST_CASE("told an outlet whose name starts with 'The', a place with its state before 'that'") {
    auto cs = run("The port could reopen in May, Sen. Ola Dahl (R-S.C.) told The Harbour Post.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ola Dahl");
    CHECK(cs[0].content == "The port could reopen in May");
    auto cs2 = run("Ann Lind toured the docks. Lind says at a campaign stop in Toledo, Ohio, that the plan never paid.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Ann Lind");
    CHECK(cs2[0].content == "the plan never paid");
  }

  TEST_CASE("a paragraph wholly in square brackets is an embed or a note, not the article's prose") {
    auto g = whosaid::extract("Ann Lind said the port would close.\n\n[Video: Mayor Lind Speech at Harbour Forum]\n\n"
                              "\"We will rebuild,\" she said.\n\n[Read more: Lind says the port will close.]");
    auto cs = extract_test::claims_of(g);
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Ann Lind");
    CHECK(g.actor_count() == 1);
    // Brackets inside a paragraph are its own: "[the port]" is the writer's gloss.
    auto in = run("Lind said [the port] would close. Holm [a harbour pilot] said it would not.");
    CHECK(in.size() == 2);
  }

  TEST_CASE("a paragraph opening with a name and a colon: a headline or a transcript line") {
    auto cs = run("Ann Lind: Ferry Fares Will Double by Spring\n\nNote: this story was updated with new figures.\n\n"
                  "Russia: We Will Respond to the Sanctions");
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].speaker == "Ann Lind");
    CHECK(cs[0].cue == ":");
    CHECK(cs[0].content == "Ferry Fares Will Double by Spring");
    CHECK(cs[1].speaker == "Russia");
    // In title case every word looks like a name: only known entities are about-actors.
    auto g = whosaid::extract("Ann Lind: Ferry Fares Will Double by Spring");
    REQUIRE(g.claim_count() == 1);
    CHECK(g.claims()[0].about.empty());
  }

  TEST_CASE("a name before an auxiliary and a cue at the end of a that-less clause is not a speaker") {
    auto cs = run("Ann Lind said the Harbour Board and Oslo had agreed.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ann Lind");
    CHECK(cs[0].content == "the Harbour Board and Oslo had agreed");
  }

  TEST_CASE("a name after the group or company noun that describes it is the speaker") {
    auto cs = run("One of the bidders, Sweden-based group KLM, said it welcomed the review.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "KLM");
    auto cs2 = run("The company Acme said profits rose.");
    REQUIRE(cs2.size() == 1);
    CHECK(cs2[0].speaker == "Acme");
    // A place after a preposition in an apposition is not the speaker.
    auto cs3 = run("Ann Lee, a professor at Oslo University, said it was late.");
    REQUIRE(cs3.size() == 1);
    CHECK(cs3[0].speaker == "Ann Lee");
  }

  TEST_CASE("an unclosed apposition with a role noun: the person speaks, even when the firm looks like a name") {
    auto cs = run("Ann Berg, managing director of ISP Fastnet said that prices would fall.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Ann Berg");
    CHECK(cs[0].content == "prices would fall");
  }

  TEST_CASE("a country written in capitals is a name, not the pronoun its letters spell") {
    auto cs = run("Ann Lind said the US would act. The plan would fail, the UK said.");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "United Kingdom");
    auto g = whosaid::extract("Ann Lind said the US would act.");
    REQUIRE(g.claim_count() == 1);
    REQUIRE(g.claims()[0].about.size() == 1);
    CHECK(g[g.claims()[0].about[0]].name == "United States");
    auto us = run("Rates will rise, the US said.");
    REQUIRE(us.size() == 1);
    CHECK(us[0].speaker == "United States");
    // Lower case and sentence case stay the pronoun.
    CHECK(run("Tell us what the plan is, Lind said.").at(0).speaker == "Lind");
  }

  TEST_CASE("a group before a place or body it belongs to is the speaker") {
    CHECK(run("Officials in the United States said the plan would fail.").at(0).speaker == "Officials");
    CHECK(run("Analysts at Harbour Bank said the plan would fail.").at(0).speaker == "Analysts");
    CHECK(run("Residents of the town said the plan would fail.").at(0).speaker == "Residents");
    // A named person's organization: still the person.
    CHECK(run("Ann Lind of Harbour Bank said the plan would fail.").at(0).speaker == "Ann Lind");
    // A government of a country stands for the country.
    CHECK(run("The government of Norway said the plan would fail.").at(0).speaker == "Norway");
  }

  TEST_CASE("a noun the lexicon does not know speaks as the subject of a verb of saying") {
    auto one = run("The hikers said the trail had washed away.");
    REQUIRE(one.size() == 1);
    CHECK(one[0].speaker == "hikers");
    auto two = run("A passer-by told police the car had not stopped.");
    REQUIRE(two.size() == 1);
    CHECK(two[0].speaker == "passer-by");
    auto after = run("\xE2\x80\x9CThe bridge shook,\xE2\x80\x9D the boy said.");
    REQUIRE(after.size() == 1);
    CHECK(after[0].speaker == "boy");
    auto bare = run("The trail had washed away, hikers said.");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].speaker == "hikers");
    // A document the lexicon knows is a document, not a person.
    auto law = whosaid::extract("The treaty said both sides would withdraw.");
    REQUIRE(law.claims().size() == 1);
    CHECK(law[law.claims()[0].speaker].kind == whosaid::actor_kind::document);
    // A participle is no verb of its subject: "the money pledged by".
    CHECK(run("Ana Lind said the money pledged by donors had not come.").size() == 1);
    CHECK(run("Only two of the licences denied under the code were granted.").empty());
    // Nor is a phrase after a preposition its subject, or "the latter" a speaker.
    auto latter = whosaid::extract("The latter said the talks would resume.");
    for (const auto& a : latter.actors()) CHECK(a.name != "latter");
    // A manner adverb before the verb is no noun; after an article it is.
    auto adverb = run("Later the mayor Ann Lind boldly claimed that the dam would hold.");
    REQUIRE(adverb.size() == 1);
    CHECK(adverb[0].speaker == "Ann Lind");
    auto ally = run("An ally said the mayor would resign.");
    REQUIRE(ally.size() == 1);
    CHECK(ally[0].speaker == "ally");
  }
}
