// The library's version, kept in step with the project() call in CMakeLists.txt.
#pragma once

#define WHOSAID_VERSION_MAJOR 0
#define WHOSAID_VERSION_MINOR 1
#define WHOSAID_VERSION_PATCH 0

namespace whosaid {
inline constexpr const char* version_string = "0.1.0";
}  // namespace whosaid
