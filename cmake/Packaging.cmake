# CPack: the Debian package and the source tarball.
#
#   cd build/default && cpack -G DEB                           -> sipref_<version>_<arch>.deb
#   cd build/default && cpack --config CPackSourceConfig.cmake -> sipref-<version>.tar.xz
#
# The files the package holds are the project's install() rules
# (app/CMakeLists.txt, packaging/CMakeLists.txt), installed under /usr.
# tests/packaging checks the result: lintian, an unpacked install that runs,
# and a build from the source tarball.

# Write the CPACK_ values below into CPackConfig.cmake as they are (the
# regular expressions and the multi-line description need no double escaping).
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "sipref")
set(CPACK_PACKAGE_VENDOR "SipRef developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "SipRef developers <sipref@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/sipref/sipref")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "reference for SIP response codes, SIP Warning codes and Q.850 causes")
# A blank line starts a new paragraph; CPack turns it into the " ." that
# Debian control files use.
set(CPACK_PACKAGE_DESCRIPTION
    "SipRef explains the codes a VoIP engineer meets while a call fails:
every SIP response code, the SIP Warning codes, the ITU-T Q.850 cause
values and the RFC 3398 mapping between SIP and Q.850. For each code it
says what it means, when you see it, what to do, and whether the client
retries; any two codes can be compared side by side.

It answers as you type (a code, a class such as 4xx, a reason phrase, or
a pasted status line, Reason or Warning header), switches between English
and Japanese at run time, and has a command line for terminals and
scripts (sipref --lookup 486).")
set(CPACK_GENERATOR "DEB")
# The build is RelWithDebInfo; the package ships the program without its
# debug information (a third of the size).
set(CPACK_STRIP_FILES ON)
# The DEB generator installs under /usr by itself (CPACK_PACKAGING_INSTALL_PREFIX
# is left unset: set here, it would also move the source tarball under usr/).
# Directories the install creates implicitly get 0755 whatever the umask of
# the machine that builds the package.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Debian package --------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "sipref")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sipref_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# The libraries the binary links come from dpkg-shlibdeps. Qt loads two
# more things at run time that no linker sees, so they are named here:
#   libqt6sql6-sqlite  the SQLite driver that opens the content database;
#   qt6-qpa-plugins    the platform plugins (xcb, wayland) without which the
#                      window cannot open; libqt6gui6 only recommends them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own Japanese strings (standard dialogs, context menus), and a font
# with Japanese glyphs for the Japanese texts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- source tarball ----------------------------------------------------------
# Everything in the source tree except what git ignores as build output and
# the repository itself. Patterns are anchored at the source directory, so a
# checkout that itself lives under a directory called "build" still packs.
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "sipref-${PROJECT_VERSION}")
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" _sipref_source_re "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${_sipref_source_re}/\\.git/"
    "^${_sipref_source_re}/\\.git$"
    "^${_sipref_source_re}/build/"
    "^${_sipref_source_re}/out/"
    "^${_sipref_source_re}/\\.cache/"
    "/__pycache__/"
    "\\.user$"
    "^${_sipref_source_re}/compile_commands\\.json$")
unset(_sipref_source_re)

include(CPack)
