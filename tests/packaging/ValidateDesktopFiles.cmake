# ctest script: the installed desktop entry and AppStream metainfo pass the validators that
# distributions and software centres run (errors and warnings both fail; hints and infos do not).
#   cmake -DROOT=<install root, with usr/ inside> -DAPP_ID=<id> -P ValidateDesktopFiles.cmake

cmake_minimum_required(VERSION 3.25)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
  message("packaging-skip: desktop-file-validate or appstreamcli is missing "
          "(tools/install-deps.sh installs desktop-file-utils and appstream)")
  return()
endif()

set(failures)
# run(<name> <bad-line regex> <command...>): fails on a non-zero exit or an output line that
# matches the regex.
function(run name bad)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  list(JOIN ARGN " " shown)
  message("$ ${shown}\n${out}${err}")
  if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "${bad}")
    set(failures ${failures} "${name}" PARENT_SCOPE)
  endif()
endfunction()

set(share "${ROOT}/usr/share")
run(desktop-file-validate "(error|warning):"
    "${DESKTOP_FILE_VALIDATE}" "${share}/applications/${APP_ID}.desktop")
run("appstreamcli validate" "(^|\n)[EW]: "
    "${APPSTREAMCLI}" validate --no-net "${share}/metainfo/${APP_ID}.metainfo.xml")
# validate-tree also checks that the metainfo, desktop entry and icons fit together.
run("appstreamcli validate-tree" "(^|\n)[EW]: "
    "${APPSTREAMCLI}" validate-tree --no-net "${ROOT}")

if(failures)
  message(FATAL_ERROR "reported problems: ${failures}")
endif()
