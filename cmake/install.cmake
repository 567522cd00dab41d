# Install rules: headers, the exported whosaid::whosaid target, and the
# package config and version files that find_package(whosaid) reads.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/whosaid DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS whosaid EXPORT whosaidTargets)
install(EXPORT whosaidTargets
  NAMESPACE whosaid::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/whosaid)

configure_package_config_file(cmake/whosaidConfig.cmake.in
  ${PROJECT_BINARY_DIR}/whosaidConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/whosaid)
# A header-only library fits any architecture.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/whosaidConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES
  ${PROJECT_BINARY_DIR}/whosaidConfig.cmake
  ${PROJECT_BINARY_DIR}/whosaidConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/whosaid)
if(WHOSAID_BUILD_TOOLS)
  install(TARGETS whosaid_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
