# Freedesktop integration for Linux packages: the desktop entry, the AppStream metainfo, the app
# icon in the hicolor theme and the man pages. Everything is generated into
# ${CMAKE_CURRENT_BINARY_DIR}/share with the layout it is installed with, so tests can look at it
# before installing. Included from installer/CMakeLists.txt (KFP_APP_ID etc. are set there).

set(KFP_SHARE_STAGE ${CMAKE_CURRENT_BINARY_DIR}/share)

# Desktop entry: plain file (no version inside); `desktop-file-validate` checks it in the tests.
configure_file(${CMAKE_SOURCE_DIR}/resources/${KFP_APP_ID}.desktop
  ${KFP_SHARE_STAGE}/applications/${KFP_APP_ID}.desktop COPYONLY)

# AppStream metainfo: version, release date and homepage come from CMake.
configure_file(${CMAKE_SOURCE_DIR}/resources/${KFP_APP_ID}.metainfo.xml.in
  ${KFP_SHARE_STAGE}/metainfo/${KFP_APP_ID}.metainfo.xml @ONLY)

# Icons. The SVG in resources/icons is the only source; the PNG sizes that the hicolor theme
# lists are rendered from it at build time (no binary images in the repository). Desktops pick
# the PNG nearest their size and fall back to the scalable one.
find_program(KFP_RSVG_CONVERT rsvg-convert)
if(NOT KFP_RSVG_CONVERT)
  message(FATAL_ERROR "rsvg-convert not found (Debian package librsvg2-bin): run tools/install-deps.sh")
endif()
set(KFP_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/kfp-desktop.svg)
set(KFP_ICON_DIR ${KFP_SHARE_STAGE}/icons/hicolor)
configure_file(${KFP_ICON_SVG} ${KFP_ICON_DIR}/scalable/apps/${KFP_APP_ID}.svg COPYONLY)
set(KFP_ICON_PNGS)
foreach(size 16 22 24 32 48 64 128 256)
  set(png ${KFP_ICON_DIR}/${size}x${size}/apps/${KFP_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${KFP_ICON_DIR}/${size}x${size}/apps
    COMMAND ${KFP_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
            --output ${png} ${KFP_ICON_SVG}
    DEPENDS ${KFP_ICON_SVG}
    COMMENT "Rendering the ${size}x${size} application icon"
    VERBATIM)
  list(APPEND KFP_ICON_PNGS ${png})
endforeach()

# Man pages (section 1), installed gzipped as Debian policy wants. `gzip -n` leaves the name and
# time stamp out of the header, so the same page always compresses to the same bytes.
find_program(KFP_GZIP gzip REQUIRED)
set(KFP_MAN_PAGES)
foreach(page kfp-desktop kfpctl)
  set(roff ${KFP_SHARE_STAGE}/man/man1/${page}.1)
  configure_file(${CMAKE_CURRENT_SOURCE_DIR}/man/${page}.1.in ${roff} @ONLY)
  add_custom_command(OUTPUT ${roff}.gz
    COMMAND ${KFP_GZIP} -9 -n -k -f ${roff}
    DEPENDS ${roff}
    COMMENT "Compressing the ${page}(1) man page"
    VERBATIM)
  list(APPEND KFP_MAN_PAGES ${roff}.gz)
endforeach()

add_custom_target(kfp-desktop-integration ALL DEPENDS ${KFP_ICON_PNGS} ${KFP_MAN_PAGES})

install(FILES ${KFP_SHARE_STAGE}/applications/${KFP_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT applications)
install(FILES ${KFP_SHARE_STAGE}/metainfo/${KFP_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT applications)
install(DIRECTORY ${KFP_ICON_DIR}
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT applications
  FILES_MATCHING PATTERN "*.png" PATTERN "*.svg")
install(FILES ${KFP_MAN_PAGES}
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT applications)
