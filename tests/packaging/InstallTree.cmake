# ctest script: installs the build into ROOT/usr, the layout the .deb has, and checks that the
# programs, the desktop integration and the man pages are where Linux desktops look for them.
#   cmake -DBUILD_DIR=<build> -DROOT=<dir> -DAPP_ID=<id> -P InstallTree.cmake

cmake_minimum_required(VERSION 3.25)

set(errors)
macro(fail text)
  list(APPEND errors "${text}")
endmacro()

file(REMOVE_RECURSE "${ROOT}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${ROOT}/usr"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

set(usr "${ROOT}/usr")
foreach(path
    bin/kfp-desktop bin/kfpctl bin/kfp-sandbox
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/kfp-desktop.1.gz share/man/man1/kfpctl.1.gz
    share/doc/kfp-desktop/LICENSE)
  if(NOT EXISTS "${usr}/${path}")
    fail("missing ${path}")
  endif()
endforeach()

# Each PNG is a real PNG of the size its folder names (IHDR width and height, big-endian, at
# byte 16), so a desktop never scales a wrong-sized icon.
foreach(size 16 22 24 32 48 64 128 256)
  set(png "${usr}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  if(NOT EXISTS "${png}")
    fail("missing the ${size}x${size} icon")
    continue()
  endif()
  file(READ "${png}" magic LIMIT 8 HEX)
  file(READ "${png}" ihdr OFFSET 16 LIMIT 8 HEX)
  string(SUBSTRING "${ihdr}" 0 8 w)
  string(SUBSTRING "${ihdr}" 8 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT w EQUAL size OR NOT h EQUAL size)
    fail("${size}x${size}/apps/${APP_ID}.png is not a ${size}x${size} PNG (${w}x${h})")
  endif()
endforeach()

# Man pages are gzip files (magic 1f 8b), as man-db and Debian policy expect.
foreach(page kfp-desktop kfpctl)
  set(gz "${usr}/share/man/man1/${page}.1.gz")
  if(EXISTS "${gz}")
    file(READ "${gz}" magic LIMIT 2 HEX)
    if(NOT magic STREQUAL "1f8b")
      fail("${page}.1.gz is not gzip-compressed")
    endif()
  endif()
endforeach()

# The three names that must agree: the desktop entry's Icon and Exec, and the metainfo launchable.
set(desktop "${usr}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
  file(STRINGS "${desktop}" icon REGEX "^Icon=")
  file(STRINGS "${desktop}" exec REGEX "^Exec=")
  list(GET exec 0 exec)
  string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${exec}")
  if(NOT icon STREQUAL "Icon=${APP_ID}")
    fail("the desktop entry's ${icon} is not the installed icon ${APP_ID}")
  endif()
  if(NOT EXISTS "${usr}/bin/${program}")
    fail("the desktop entry runs ${program}, which is not installed in bin")
  endif()
endif()
set(metainfo "${usr}/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${metainfo}")
  file(READ "${metainfo}" xml)
  if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    fail("the metainfo does not launch ${APP_ID}.desktop")
  endif()
  if(NOT xml MATCHES "<id>${APP_ID}</id>")
    fail("the metainfo id is not ${APP_ID}")
  endif()
endif()

if(errors)
  list(JOIN errors "\n  " text)
  message(FATAL_ERROR "installed tree ${ROOT} is incomplete:\n  ${text}")
endif()
message(STATUS "installed tree complete: ${ROOT}")
