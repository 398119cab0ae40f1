# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into a copy of a .ts file and fails if any message is left
# untranslated: every string the app can show has a translation in that language.
# -DLUPDATE=... -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=...
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -silent
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/models" "${SOURCE_DIR}/ui" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${copy}" contents)
string(REGEX MATCHALL "type=\"unfinished\"" missing "${contents}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" examples "${contents}")
    list(LENGTH examples shown)
    if(shown GREATER 10)
        list(SUBLIST examples 0 10 examples)
    endif()
    string(REPLACE ";" "\n" examples "${examples}")
    message(FATAL_ERROR "${count} message(s) in ${name} have no translation (see ${copy}), e.g.:\n${examples}")
endif()
message(STATUS "${name}: every message is translated")
