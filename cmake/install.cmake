# Install rules: headers, the exported whosaid::whosaid target, and the
# package config and version files that find_package(whosaid) reads.
#
# The library's files are in the component `whosaid_development`, the
# command-line tool in `whosaid_runtime`, so a packager (or the find_package
# consumer test) can install the headers without building the tool:
#   cmake --install build --component whosaid_development --prefix /opt/whosaid
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The version the package reports must be the one the headers report.
file(STRINGS ${PROJECT_SOURCE_DIR}/include/whosaid/version.hpp whosaid_header_version
  REGEX "version_string = \"[0-9.]+\"")
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" whosaid_header_version "${whosaid_header_version}")
if(NOT whosaid_header_version STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "include/whosaid/version.hpp says ${whosaid_header_version}, "
                      "project() says ${PROJECT_VERSION}: keep them in step")
endif()

set(WHOSAID_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/whosaid
    CACHE STRING "Where the whosaid package config files are installed, relative to the prefix")

install(DIRECTORY include/whosaid
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  COMPONENT whosaid_development)
install(TARGETS whosaid EXPORT whosaidTargets)
# {fmt} is not part of the export: whosaid links it only in its build
# interface, and whosaidConfig.cmake finds the installed fmt and links it to
# the imported target. So the export works whether this build found fmt on
# the system or fetched it (a fetched fmt is in no export set).
install(EXPORT whosaidTargets
  NAMESPACE whosaid::
  DESTINATION ${WHOSAID_INSTALL_CMAKEDIR}
  COMPONENT whosaid_development)

configure_package_config_file(cmake/whosaidConfig.cmake.in
  ${PROJECT_BINARY_DIR}/whosaidConfig.cmake
  INSTALL_DESTINATION ${WHOSAID_INSTALL_CMAKEDIR})
# A header-only library fits any architecture. Before 1.0 a minor version may
# break the API, hence SameMinorVersion.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/whosaidConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES
  ${PROJECT_BINARY_DIR}/whosaidConfig.cmake
  ${PROJECT_BINARY_DIR}/whosaidConfigVersion.cmake
  DESTINATION ${WHOSAID_INSTALL_CMAKEDIR}
  COMPONENT whosaid_development)

# The tool, when it is part of this build.
if(TARGET whosaid_cli)
  install(TARGETS whosaid_cli
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    COMPONENT whosaid_runtime)
endif()
