// whosaid - built-in given names whose bearers news reports with one
// gender's pronouns in nearly every case: "Hillary Clinton ... she",
// "Bill Clinton ... he". Coreference uses them as it uses "Mr" and "Ms":
// "Mrs. Clinton" is not Bill, and "she" skips him for the woman in view.
//
// Names worn by women and men alike (Jordan, Taylor, Alex, Sam, Chris, Pat,
// Robin, Kim, Lee, Jean, Andrea, Bo...) are left out: a name missing here
// only means the gender comes from titles and pronouns, as before.
#pragma once

#include <string_view>

namespace whosaid::detail {

// '|'-separated.
inline constexpr std::string_view male_given_names =
    "James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|"
    "Mark|Donald|Steven|Stephen|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|"
    "Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Frank|"
    "Alexander|Raymond|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Henry|Adam|Douglas|Nathan|Peter|Zachary|Kyle|"
    "Walter|Harold|Jeremy|Ethan|Carl|Keith|Roger|Gerald|Terry|Sean|Arthur|Austin|Noah|Lawrence|Jesse|Joe|"
    "Bryan|Billy|Bruce|Albert|Gabriel|Alan|Wayne|Ralph|Roy|Eugene|Louis|Philip|Bobby|Johnny|Harry|Mike|Bill|"
    "Bernie|Barack|Ted|Jeb|Marco|Rand|Tim|Tom|Bob|Jim|Jimmy|Newt|Mitt|Ben|Jon|Nick|Dan|Dave|Steve|Ed|Rick|"
    "Hans|Klaus|Wolfgang|Olaf|Friedrich|Pierre|Jacques|Francois|Emmanuel|Nicolas|Vladimir|Sergei|Sergey|Dmitry|"
    "Igor|Boris|Mohammed|Muhammad|Mohamed|Ahmed|Omar|Hassan|Ibrahim|Abdullah|Carlos|Luis|Miguel|Pedro|Jorge|"
    "Javier|Alejandro|Antonio|Giuseppe|Giovanni|Matteo|Luca|Francesco|Lars|Erik|Sven|Per|Rishi|Narendra|Rahul|"
    "Vikram|Shinzo|Hiroshi|Yoshihide|Fumio|Recep|Yair|Volodymyr|Viktor|Emeka|Olusegun";

inline constexpr std::string_view female_given_names =
    "Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|"
    "Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|"
    "Laura|Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|"
    "Christine|Debra|Rachel|Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Julie|Joyce|Olivia|Kelly|"
    "Christina|Lauren|Joan|Evelyn|Judith|Megan|Cheryl|Hannah|Martha|Jacqueline|Gloria|Ann|Anne|Teresa|"
    "Theresa|Kathryn|Sara|Janice|Alice|Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|"
    "Sophia|Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Kayla|Hillary|Hilary|Melania|Ivanka|Chelsea|"
    "Nikki|Ursula|Annalena|Giorgia|Jacinda|Kamala|Condoleezza|Madeleine|Dianne|Elena|Sonia|Ana|Ida|"
    "Ingrid|Greta|Mette|Sanna|Yulia|Olga|Natalia|Tatiana|Svetlana|Fatima|Aisha|Priya|Indira|Mia|Eva|Lena|"
    "Nina|Clara|Sheryl|Oprah|Beyonce|Serena|Venus|Meghan|Kate|Camilla|Liz|Kirsten|Tulsi|Elise|Nadia";

}  // namespace whosaid::detail
