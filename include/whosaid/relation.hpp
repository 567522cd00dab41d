// A relation between two actors: a role ("Wi Sung-lac" --role--> "South
// Korea", label "national security adviser"), a membership, or an action.
#pragma once

#include <string>

#include "ids.hpp"
#include "kinds.hpp"
#include "text_span.hpp"

namespace whosaid {

struct relation {
  relation_id id;              // assigned by the graph
  article_id article;
  actor_id subject;
  whosaid::predicate predicate = whosaid::predicate::role;
  actor_id object;
  std::string label;           // "national security adviser", as written
  text_span evidence;          // where the text states it
};

}  // namespace whosaid
