# CPack: what the packages say about themselves, per generator. Included last from
# installer/CMakeLists.txt, after every install() rule.

set(CPACK_PACKAGE_NAME "kfp-desktop")
set(CPACK_PACKAGE_VENDOR "KFP Desktop developers")
set(CPACK_PACKAGE_CONTACT "KFP Desktop developers <kfp-desktop@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${KFP_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop client for Kubeflow Pipelines")
# Wrapped by hand: the .deb's extended description is shown as is, at most 80 columns.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "KFP Desktop is a native Qt client for Kubeflow Pipelines (KFP 2.x and 1.8).\n"
  "It browses pipelines, pipeline versions, experiments, runs and recurring\n"
  "runs, logs in through Dex the way Kubeflow does, keeps the session in the\n"
  "system keychain and tells on the desktop when a run finishes.\n"
  "\n"
  "The package also has kfpctl, a command-line client for scripts, and\n"
  "kfp-sandbox, a local emulation of the KFP API server for trying the\n"
  "application without a cluster.")
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "KFP Desktop")
# Start-menu shortcut (WiX) for the desktop program only: the other two are command-line tools.
set(CPACK_PACKAGE_EXECUTABLES "kfp-desktop" "KFP Desktop")
# Debug builds make 20 MB executables; a package has no use for their symbols.
set(CPACK_STRIP_FILES ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

if(WIN32)
  set(CPACK_GENERATOR "WIX;ZIP")
  # The upgrade code never changes: it is how Windows Installer finds an older version to replace.
  set(CPACK_WIX_UPGRADE_GUID "6C0F3C0E-6E55-4B2C-9B43-5D1B1C8E9A71")
  # The product code must change with every version (a major upgrade); derive it from the
  # version so the same version always builds the same code.
  string(UUID KFP_WIX_PRODUCT_GUID NAMESPACE ${CPACK_WIX_UPGRADE_GUID}
         NAME "kfp-desktop-${PROJECT_VERSION}" TYPE SHA1 UPPER)
  set(CPACK_WIX_PRODUCT_GUID ${KFP_WIX_PRODUCT_GUID})
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "KFP Desktop")
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${KFP_HOMEPAGE})
  # WiX shows the licence as RTF and converts only files named *.txt itself.
  configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "KFP Desktop")
  set(CPACK_DMG_FORMAT "UDZO")
  # Apache-2.0 asks for no click-through agreement before mounting the image.
  set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
else()
  set(CPACK_GENERATOR "DEB;TGZ")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # kfp-desktop_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
  set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${KFP_HOMEPAGE})
  # Library dependencies come from dpkg-shlibdeps. Qt's platform (xcb, offscreen) and TLS
  # plugins ship in libqt6gui6 and libqt6network6, which the executables link.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded, not linked, so shlibdeps cannot see it: the SVG icon engine that draws the app icon
  # (the linker drops the unused libQt6Svg with --as-needed).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
  # Wanted but optional: Qt's own Korean catalogue (standard dialogs), Wayland without XWayland,
  # a Secret Service for the keychain, and a font with Hangul.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
endif()

include(CPack)
