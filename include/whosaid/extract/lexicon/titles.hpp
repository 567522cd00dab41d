// whosaid - built-in titles, honorifics and role nouns.
//
// One table, one row per surface. A row's flags say how the word is used:
//   pre_name     it can stand directly before a name ("President Moon",
//                "Foreign Minister Park", "Gen. Milley", "Mr Smith")
//   honorific    a courtesy form to strip from a name (Mr, Mrs, Dr, Sir)
//   role         a role noun used in appositions and premodifiers
//                ("X, a professor at Y", "national security adviser X")
//   person       the holder is a person (true of every built-in row; kept as
//                a bit so user rows can say otherwise)
//   affiliation  the role implies membership of an organization, named in a
//                following "at/of/for/with X" ("fellow at X", "spokesman for X")
//   official     a public office; the state usually comes from a premodifier
//                ("South Korean Foreign Minister X", "U.S. Senator X")
//   abbreviation an abbreviated form ("Sen.", "Gen.", "Dr")
//
// Lookups are case-insensitive, so "President" and "president" are one row.
#pragma once

#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace whosaid {

/// Bits describing a title / role noun. Combine with `|`.
struct title_flags {
  enum : std::uint32_t {
    pre_name = 1u << 0,
    honorific = 1u << 1,
    role = 1u << 2,
    person = 1u << 3,
    affiliation = 1u << 4,
    official = 1u << 5,
    abbreviation = 1u << 6,
    descriptor = 1u << 7,  ///< describes a person only before a full name ("Republican Tom Berg"); no role noun
  };
};

struct title_entry {
  std::string_view text;
  std::uint32_t flags;
};

namespace detail {

inline constexpr std::uint32_t tP = title_flags::person;
// honorific: precedes a name and is stripped from it
inline constexpr std::uint32_t tHon = title_flags::pre_name | title_flags::honorific | tP;
inline constexpr std::uint32_t tHonAbbr = tHon | title_flags::abbreviation;
// title that only precedes names
inline constexpr std::uint32_t tTit = title_flags::pre_name | tP;
inline constexpr std::uint32_t tAbbr = tTit | title_flags::abbreviation;
// public office: title and role noun
inline constexpr std::uint32_t tOff = title_flags::pre_name | title_flags::role | title_flags::official | tP;
inline constexpr std::uint32_t tOffAbbr = tOff | title_flags::abbreviation;
// role in an organization, also used before names ("Professor X", "Spokesman X")
inline constexpr std::uint32_t tOrgT = title_flags::pre_name | title_flags::role | title_flags::affiliation | tP;
// role noun with an organization, not used as a title before names
inline constexpr std::uint32_t tOrgR = title_flags::role | title_flags::affiliation | tP;
// role noun without implied organization
inline constexpr std::uint32_t tRole = title_flags::role | tP;
// a word that describes the person before a full name only
inline constexpr std::uint32_t tDesc = title_flags::descriptor | tP;
// military and police ranks: titles and roles in an organization (the force)
inline constexpr std::uint32_t tRank = tOrgT;
inline constexpr std::uint32_t tRankAbbr = tRank | title_flags::abbreviation;

// clang-format off
inline constexpr title_entry titles[] = {
  // Honorifics.
  {"Mr", tHonAbbr}, {"Mr.", tHonAbbr}, {"Mrs", tHonAbbr}, {"Mrs.", tHonAbbr},
  {"Ms", tHonAbbr}, {"Ms.", tHonAbbr}, {"Miss", tHon}, {"Mx", tHonAbbr}, {"Mx.", tHonAbbr},
  {"Dr", tHonAbbr}, {"Dr.", tHonAbbr}, {"Doctor", tHon}, {"Prof", tHonAbbr}, {"Prof.", tHonAbbr},
  {"Sir", tHon}, {"Dame", tHon}, {"Madam", tHon}, {"Madame", tHon}, {"Mme", tHonAbbr},
  {"Messrs", tHonAbbr}, {"Messrs.", tHonAbbr}, {"Hon.", tHonAbbr}, {"Hon", tHonAbbr},
  {"Honourable", tHon}, {"Honorable", tHon}, {"Rt Hon", tHonAbbr}, {"Rt. Hon.", tHonAbbr},
  {"Rev.", tHonAbbr}, {"Rev", tHonAbbr}, {"Reverend", tHon},

  // Heads of state and government, ministers, legislators.
  {"President", tOff}, {"Vice President", tOff}, {"Vice-President", tOff},
  {"President-elect", tOff}, {"Vice President-elect", tOff}, {"Former President", tOff},
  {"Prime Minister", tOff}, {"Deputy Prime Minister", tOff}, {"Former Prime Minister", tOff},
  {"Premier", tOff}, {"Vice Premier", tOff}, {"Chancellor", tOff},
  {"Chancellor of the Exchequer", tOff}, {"Shadow Chancellor", tOff},
  {"Minister", tOff}, {"Deputy Minister", tOff}, {"Vice Minister", tOff}, {"State Minister", tOff},
  {"Minister of State", tOff}, {"Chief Minister", tOff}, {"First Minister", tOff},
  {"Foreign Minister", tOff}, {"Vice Foreign Minister", tOff}, {"Deputy Foreign Minister", tOff},
  {"Defence Minister", tOff}, {"Defense Minister", tOff}, {"Vice Defence Minister", tOff},
  {"Vice Defense Minister", tOff}, {"Deputy Defence Minister", tOff}, {"Deputy Defense Minister", tOff},
  {"Finance Minister", tOff}, {"Interior Minister", tOff}, {"Home Minister", tOff},
  {"Health Minister", tOff}, {"Trade Minister", tOff}, {"Economy Minister", tOff},
  {"Energy Minister", tOff}, {"Oil Minister", tOff}, {"Justice Minister", tOff},
  {"Education Minister", tOff}, {"Agriculture Minister", tOff}, {"Industry Minister", tOff},
  {"Unification Minister", tOff}, {"Culture Minister", tOff}, {"Environment Minister", tOff},
  {"Labour Minister", tOff}, {"Labor Minister", tOff}, {"Transport Minister", tOff},
  {"Information Minister", tOff}, {"Immigration Minister", tOff}, {"Security Minister", tOff},
  {"Foreign Secretary", tOff}, {"Home Secretary", tOff}, {"Defence Secretary", tOff},
  {"Defense Secretary", tOff}, {"Health Secretary", tOff}, {"Business Secretary", tOff},
  {"Justice Secretary", tOff}, {"Education Secretary", tOff}, {"Culture Secretary", tOff},
  {"Environment Secretary", tOff}, {"Northern Ireland Secretary", tOff}, {"Shadow Foreign Secretary", tOff},
  {"Secretary of State", tOff}, {"Secretary of Defense", tOff}, {"Secretary of Homeland Security", tOff},
  {"Treasury Secretary", tOff}, {"Commerce Secretary", tOff}, {"Energy Secretary", tOff},
  {"Homeland Security Secretary", tOff}, {"Transportation Secretary", tOff}, {"Labor Secretary", tOff},
  {"Agriculture Secretary", tOff}, {"Interior Secretary", tOff}, {"Press Secretary", tOff},
  {"Secretary", tOff},  // "the foreign secretary said", "Secretary Lindqvist"
  {"White House Press Secretary", tOff}, {"Deputy Secretary", tOff}, {"Under Secretary", tOff},
  {"Undersecretary", tOff}, {"Assistant Secretary", tOff}, {"Attorney General", tOff},
  {"Attorney-General", tOff}, {"Deputy Attorney General", tOff}, {"Solicitor General", tOff},
  {"National Security Adviser", tOff}, {"National Security Advisor", tOff},
  {"Deputy National Security Adviser", tOff}, {"Chief of Staff", tOff},
  {"Senator", tOff}, {"Sen.", tOffAbbr}, {"Sen", tOffAbbr}, {"Senator-elect", tOff},
  {"Representative", tOff}, {"Rep.", tOffAbbr}, {"Rep", tOffAbbr},
  {"Congressman", tOff}, {"Congresswoman", tOff}, {"Assemblyman", tOff}, {"Assemblywoman", tOff},
  {"Assembly Member", tOff}, {"MP", tOffAbbr}, {"MEP", tOffAbbr}, {"Lawmaker", tOff},
  {"Governor", tOff}, {"Gov.", tOffAbbr}, {"Lieutenant Governor", tOff}, {"Lt. Gov.", tOffAbbr},
  {"Governor-General", tOff}, {"Mayor", tOff}, {"Deputy Mayor", tOff},
  {"Speaker", tOff}, {"House Speaker", tOff}, {"Majority Leader", tOff}, {"Minority Leader", tOff},
  {"Senate Majority Leader", tOff}, {"Senate Minority Leader", tOff}, {"House Majority Leader", tOff},
  {"House Minority Leader", tOff}, {"Chief Whip", tOff}, {"Whip", tOff},
  {"Opposition Leader", tOff}, {"Supreme Leader", tOff}, {"Councillor", tOff}, {"Councilor", tOff},
  {"Cllr", tOffAbbr}, {"Cllr.", tOffAbbr}, {"Cr", tOffAbbr}, {"Cr.", tOffAbbr},  // councillor (UK, Australia)
  {"Councilman", tOff}, {"Councilwoman", tOff}, {"Alderman", tOff}, {"Commissioner", tOff},
  {"High Commissioner", tOff}, {"Ambassador", tOff}, {"Amb.", tOffAbbr}, {"Envoy", tOff},
  {"Special Envoy", tOff}, {"Special Representative", tOff}, {"Consul", tOff},
  {"Consul General", tOff}, {"Taoiseach", tOff}, {"Tánaiste", tOff}, {"Tanaiste", tOff},
  {"Secretary-General", tOrgT}, {"Secretary General", tOrgT}, {"Deputy Secretary-General", tOrgT},
  {"Director-General", tOrgT}, {"Director General", tOrgT},

  // Royalty and nobility.
  {"King", tTit}, {"Queen", tTit}, {"Prince", tTit}, {"Princess", tTit},
  {"Crown Prince", tTit}, {"Crown Princess", tTit}, {"Emperor", tTit}, {"Empress", tTit},
  {"Sultan", tTit}, {"Sheikh", tTit}, {"Sheikha", tTit}, {"Emir", tTit}, {"Amir", tTit},
  {"Duke", tTit}, {"Duchess", tTit}, {"Earl", tTit}, {"Baron", tTit}, {"Baroness", tTit},
  {"Lord", tTit}, {"Lady", tTit}, {"Countess", tTit},

  // Religious titles.
  {"Pope", tTit}, {"Cardinal", tTit}, {"Archbishop", tTit}, {"Bishop", tTit},
  {"Father", tTit}, {"Fr.", tAbbr}, {"Pastor", tTit}, {"Rabbi", tTit}, {"Imam", tTit},
  {"Ayatollah", tTit}, {"Grand Ayatollah", tTit}, {"Mufti", tTit}, {"Grand Mufti", tTit},
  {"Patriarch", tTit}, {"Sister", tTit},

  // Military and police ranks.
  {"General", tRank}, {"Gen.", tRankAbbr}, {"Gen", tRankAbbr},
  {"Lieutenant General", tRank}, {"Lt. Gen.", tRankAbbr}, {"Lt Gen", tRankAbbr},
  {"Major General", tRank}, {"Maj. Gen.", tRankAbbr}, {"Maj Gen", tRankAbbr},
  {"Brigadier General", tRank}, {"Brig. Gen.", tRankAbbr}, {"Brigadier", tRank}, {"Brig.", tRankAbbr},
  {"Admiral", tRank}, {"Adm.", tRankAbbr}, {"Vice Admiral", tRank}, {"Vice Adm.", tRankAbbr},
  {"Rear Admiral", tRank}, {"Rear Adm.", tRankAbbr}, {"Commodore", tRank},
  {"Colonel", tRank}, {"Col.", tRankAbbr}, {"Col", tRankAbbr},
  {"Lieutenant Colonel", tRank}, {"Lt. Col.", tRankAbbr}, {"Lt Col", tRankAbbr},
  {"Lieutenant", tRank}, {"Lt.", tRankAbbr}, {"Lt", tRankAbbr},
  {"Major", tRank}, {"Maj.", tRankAbbr}, {"Captain", tRank}, {"Capt.", tRankAbbr},
  {"Commander", tRank}, {"Cmdr.", tRankAbbr}, {"Cdr.", tRankAbbr},
  {"Sergeant", tRank}, {"Sgt.", tRankAbbr}, {"Staff Sergeant", tRank}, {"Staff Sgt.", tRankAbbr},
  {"Corporal", tRank}, {"Cpl.", tRankAbbr}, {"Private", tRank}, {"Pvt.", tRankAbbr},
  {"Marshal", tRank}, {"Field Marshal", tRank}, {"Air Marshal", tRank}, {"Air Chief Marshal", tRank},
  {"Chief of General Staff", tRank}, {"Chief of Staff of the Army", tRank},
  {"Sheriff", tRank}, {"Police Chief", tRank}, {"Chief Constable", tRank},
  {"Superintendent", tRank}, {"Chief Superintendent", tRank}, {"Inspector", tRank},
  {"Detective", tRank}, {"Det.", tRankAbbr}, {"Officer", tRank}, {"Constable", tRank},

  // Judiciary and prosecutors.
  {"Judge", tOff}, {"Justice", tOff}, {"Chief Justice", tOff}, {"Magistrate", tOff},
  {"Prosecutor", tOff}, {"Chief Prosecutor", tOff}, {"Special Counsel", tOff},
  {"District Attorney", tOff}, {"State Attorney", tOff},

  // Business, organizations, academia, media: titles that also work as roles.
  {"Chairman", tOrgT}, {"Chairwoman", tOrgT}, {"Chairperson", tOrgT}, {"Chair", tOrgT},
  {"Vice Chairman", tOrgT}, {"Vice Chair", tOrgT},
  {"CEO", tOrgT}, {"Chief Executive", tOrgT}, {"Chief Executive Officer", tOrgT},
  {"CFO", tOrgT}, {"Chief Financial Officer", tOrgT}, {"COO", tOrgT}, {"Chief Operating Officer", tOrgT},
  {"CTO", tOrgT}, {"Chief Technology Officer", tOrgT}, {"Chief Investment Officer", tOrgT},
  {"Chief Economist", tOrgT}, {"Chief Strategist", tOrgT},
  {"Managing Director", tOrgT}, {"Executive Director", tOrgT}, {"Director", tOrgT},
  {"Deputy Director", tOrgT}, {"Founder", tOrgT}, {"Co-founder", tOrgT},
  {"Spokesman", tOrgT}, {"Spokeswoman", tOrgT}, {"Spokesperson", tOrgT},
  {"Professor", tOrgT}, {"Associate Professor", tOrgT}, {"Assistant Professor", tOrgT},
  {"Dean", tOrgT}, {"Editor", tOrgT}, {"Editor-in-chief", tOrgT},

  // Role nouns (appositions and premodifiers), with an implied organization.
  {"fellow", tOrgR}, {"senior fellow", tOrgR}, {"research fellow", tOrgR},
  {"senior research fellow", tOrgR}, {"visiting fellow", tOrgR}, {"distinguished fellow", tOrgR},
  {"nonresident fellow", tOrgR}, {"non-resident fellow", tOrgR}, {"visiting scholar", tOrgR},
  {"scholar", tOrgR}, {"researcher", tOrgR}, {"senior researcher", tOrgR},
  {"research director", tOrgR}, {"program director", tOrgR}, {"programme director", tOrgR},
  {"lecturer", tOrgR}, {"senior lecturer", tOrgR}, {"vice chancellor", tOrgR},
  {"analyst", tOrgR}, {"senior analyst", tOrgR}, {"political analyst", tOrgR},
  {"economist", tOrgR}, {"senior economist", tOrgR}, {"strategist", tOrgR},
  {"scientist", tOrgR}, {"head", tOrgR}, {"deputy head", tOrgR}, {"head of research", tOrgR},
  {"chief", tOrgR}, {"deputy chief", tOrgR}, {"leader", tOrgR}, {"deputy leader", tOrgR},
  {"party leader", tOrgR}, {"executive", tOrgR}, {"senior executive", tOrgR},
  {"manager", tOrgR}, {"fund manager", tOrgR}, {"portfolio manager", tOrgR},
  {"campaign manager", tOrgR}, {"communications director", tOrgR}, {"partner", tOrgR},
  {"board member", tOrgR}, {"member", tOrgR}, {"official", tOrgR}, {"senior official", tOrgR},
  {"adviser", tOrgR}, {"advisor", tOrgR}, {"senior adviser", tOrgR}, {"senior advisor", tOrgR},
  {"aide", tOrgR}, {"senior aide", tOrgR}, {"columnist", tOrgR}, {"correspondent", tOrgR},
  {"reporter", tOrgR}, {"journalist", tOrgR}, {"commentator", tOrgR}, {"anchor", tOrgR},
  {"lawyer", tOrgR}, {"attorney", tOrgR}, {"defence lawyer", tOrgR}, {"defense lawyer", tOrgR},
  {"delegate", tOrgR}, {"negotiator", tOrgR}, {"chief negotiator", tOrgR},
  {"coordinator", tOrgR}, {"organiser", tOrgR}, {"organizer", tOrgR},
  {"consultant", tOrgR}, {"lobbyist", tOrgR}, {"pollster", tOrgR}, {"employee", tOrgR},
  {"shareholder", tOrgR}, {"owner", tOrgR}, {"coach", tOrgR}, {"player", tOrgR},

  // Role nouns without an implied organization.
  {"diplomat", tRole}, {"senior diplomat", tRole}, {"legislator", tRole},
  {"politician", tRole}, {"candidate", tRole}, {"nominee", tRole}, {"front-runner", tRole},
  {"frontrunner", tRole}, {"activist", tRole}, {"campaigner", tRole},
  // A party member before a full name: "Republican Tom Berg", "Democrat Ann Lind".
  {"Republican", tDesc}, {"Democrat", tDesc},
  {"expert", tRole}, {"historian", tRole}, {"author", tRole}, {"writer", tRole},
  {"novelist", tRole}, {"investor", tRole}, {"trader", tRole}, {"monarch", tRole},
  {"cleric", tRole}, {"priest", tRole}, {"soldier", tRole}, {"nurse", tRole},
  {"student", tRole}, {"resident", tRole}, {"witness", tRole}, {"eyewitness", tRole},
  {"survivor", tRole}, {"victim", tRole}, {"defector", tRole}, {"dissident", tRole},
  {"veteran", tRole}, {"farmer", tRole}, {"worker", tRole}, {"protester", tRole},

  // Roles beyond politics and business: sport, culture, courts, health and
  // local news. Employment roles name their club, firm or hospital after
  // "at/of/for/with X".
  {"skipper", tOrgR}, {"striker", tOrgR}, {"forward", tOrgR}, {"midfielder", tOrgR},
  {"defender", tOrgR}, {"goalkeeper", tOrgR}, {"winger", tOrgR}, {"teammate", tOrgR},
  {"fullback", tOrgR}, {"full-back", tOrgR}, {"halfback", tOrgR}, {"quarterback", tOrgR},
  {"linebacker", tOrgR}, {"pitcher", tOrgR}, {"wicketkeeper", tOrgR}, {"flanker", tOrgR},
  {"scrum-half", tOrgR}, {"fly-half", tOrgR}, {"playmaker", tOrgR}, {"centre-back", tOrgR},
  {"center-back", tOrgR}, {"left-back", tOrgR}, {"right-back", tOrgR}, {"point guard", tOrgR},
  {"head coach", tOrgR}, {"assistant coach", tOrgR}, {"trainer", tOrgR}, {"referee", tRole},
  {"athlete", tRole}, {"champion", tRole}, {"sprinter", tRole}, {"runner", tRole},
  {"swimmer", tRole}, {"cyclist", tRole}, {"golfer", tRole}, {"boxer", tRole},
  {"jockey", tRole}, {"batsman", tRole}, {"bowler", tRole}, {"rider", tRole},
  {"actor", tRole}, {"actress", tRole}, {"singer", tRole}, {"songwriter", tRole},
  {"singer-songwriter", tRole}, {"musician", tRole}, {"rapper", tRole}, {"filmmaker", tRole},
  {"artist", tRole}, {"painter", tRole}, {"photographer", tRole}, {"dancer", tRole},
  {"comedian", tRole}, {"composer", tRole}, {"producer", tOrgR}, {"designer", tOrgR},
  {"chef", tOrgR}, {"curator", tOrgR}, {"playwright", tRole}, {"poet", tRole},
  {"juror", tRole}, {"defendant", tRole}, {"plaintiff", tRole},
  {"barrister", tRole}, {"solicitor", tRole}, {"police officer", tOrgR},
  {"physician", tOrgR}, {"surgeon", tOrgR}, {"paramedic", tOrgR},
  {"pharmacist", tOrgR}, {"epidemiologist", tOrgR}, {"virologist", tOrgR}, {"patient", tRole},
  {"teacher", tOrgR}, {"headteacher", tOrgR}, {"principal", tOrgR}, {"councillor", tOrgR},
  {"councilor", tOrgR}, {"firefighter", tOrgR}, {"pilot", tOrgR}, {"driver", tRole},
  {"passenger", tRole}, {"parent", tRole}, {"mother", tRole}, {"father", tRole},
  {"homeowner", tRole}, {"shopkeeper", tRole}, {"neighbour", tRole}, {"neighbor", tRole},
  {"teenager", tRole}, {"youngster", tRole}, {"pensioner", tRole}, {"retiree", tRole},
  {"woman", tRole}, {"man", tRole}, {"widow", tRole}, {"volunteer", tOrgR},
  // Local government, emergencies and the weather: titles before a name
  // too ("Town Manager Paul Dorsey", "Fire Chief Ann Lind").
  {"City Manager", tOrgT}, {"Town Manager", tOrgT}, {"County Manager", tOrgT},
  {"City Clerk", tOrgT}, {"Town Clerk", tOrgT}, {"County Clerk", tOrgT},
  {"County Executive", tOff}, {"Treasurer", tOff}, {"State Treasurer", tOff}, {"Comptroller", tOff},
  {"Fire Chief", tRank}, {"Fire Marshal", tRank}, {"Police Commissioner", tRank},
  {"Harbor Master", tOrgT}, {"Harbour Master", tOrgT}, {"Harbourmaster", tOrgT}, {"Harbormaster", tOrgT},
  {"Coroner", tOff}, {"Medical Examiner", tOff}, {"Public Defender", tOff},
  {"Defense Attorney", tOrgT}, {"Defence Attorney", tOrgT}, {"Superintendent of Schools", tOrgT},
  {"School Superintendent", tOrgT}, {"Park Ranger", tOrgT}, {"Game Warden", tOrgT},
  {"forecaster", tOrgR}, {"meteorologist", tOrgR}, {"climatologist", tOrgR}, {"seismologist", tOrgR},
  {"geologist", tOrgR}, {"hydrologist", tOrgR}, {"engineer", tOrgR}, {"architect", tOrgR},
  {"accountant", tOrgR}, {"paralegal", tOrgR}, {"dispatcher", tOrgR},
};
// clang-format on

}  // namespace detail

/// All built-in titles, honorifics and role nouns.
constexpr table_ref<title_entry> builtin_titles() noexcept {
  return detail::make_table_ref(detail::titles);
}

}  // namespace whosaid
