# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS have no Hunspell dictionaries of their own, so the app ships some: taken from
# the build machine (Debian's hunspell-en-us and hunspell-de-de by default), each with its
# licence beside it. At build time they are copied into the programs' folders of the build tree
# (bin/, and tests/ where the tests' programs live), where SpellDictionary looks first after
# $CREATORDESK_DICTIONARIES, so the programs there spell as the installed ones do. Installed:
#   Windows  dictionaries/LANGUAGE.{aff,dic}, LANGUAGE-copyright.txt beside the programs
#   macOS    Creator Desk.app/Contents/Resources/dictionaries/ (the same files)
set(CREATORDESK_DICTIONARY_DIR "/usr/share/hunspell" CACHE PATH
    "Folder of the Hunspell dictionaries (LANGUAGE.aff and LANGUAGE.dic) to ship")
# The spelling tests expect en_US and de_DE among them.
set(CREATORDESK_BUNDLED_DICTIONARIES "en_US;de_DE" CACHE STRING
    "Languages of the Hunspell dictionaries shipped on Windows and macOS")

# The licence of LANGUAGE's dictionary: CREATORDESK_DICTIONARY_LICENSE_<LANGUAGE> when set; else
# a README_<LANGUAGE>.txt beside it (as LibreOffice's dictionaries come); else, on Debian, the
# copyright file of the package that installed it. None found stops the configure: a dictionary
# must not travel without its licence.
function(creatordesk_dictionary_license language dic out_var)
    set(found "${CREATORDESK_DICTIONARY_LICENSE_${language}}")
    if(NOT found AND EXISTS "${CREATORDESK_DICTIONARY_DIR}/README_${language}.txt")
        set(found "${CREATORDESK_DICTIONARY_DIR}/README_${language}.txt")
    endif()
    find_program(CREATORDESK_DPKG_QUERY dpkg-query)
    if(NOT found AND CREATORDESK_DPKG_QUERY)
        execute_process(COMMAND "${CREATORDESK_DPKG_QUERY}" -S "${dic}"
            OUTPUT_VARIABLE owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        # "hunspell-en-us: /usr/share/hunspell/en_US.dic"
        string(REGEX REPLACE ":.*" "" package "${owner}")
        if(package AND EXISTS "/usr/share/doc/${package}/copyright")
            set(found "/usr/share/doc/${package}/copyright")
        endif()
    endif()
    if(NOT found OR NOT EXISTS "${found}")
        message(FATAL_ERROR "No licence found for the ${language} dictionary (${dic}): set "
            "CREATORDESK_DICTIONARY_LICENSE_${language} to its licence file")
    endif()
    set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

set(dictionary_build_dirs "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/dictionaries")
if(CREATORDESK_BUILD_TESTS)
    # tests/CMakeLists.txt puts the tests' programs in tests/.
    list(APPEND dictionary_build_dirs "${CMAKE_BINARY_DIR}/tests/dictionaries")
endif()
set(dictionary_files "")       # in bin/dictionaries: what is installed
set(dictionary_all_copies "")
foreach(language IN LISTS CREATORDESK_BUNDLED_DICTIONARIES)
    set(base "${CREATORDESK_DICTIONARY_DIR}/${language}")
    if(NOT EXISTS "${base}.aff" OR NOT EXISTS "${base}.dic")
        message(FATAL_ERROR "No ${language} dictionary in ${CREATORDESK_DICTIONARY_DIR} (on "
            "Debian: apt install hunspell-en-us hunspell-de-de); see CREATORDESK_DICTIONARY_DIR")
    endif()
    # Debian links some dictionaries to others (de_BE.dic -> de_DE.dic): copy what they name.
    file(REAL_PATH "${base}.aff" aff)
    file(REAL_PATH "${base}.dic" dic)
    creatordesk_dictionary_license("${language}" "${dic}" license)
    foreach(dir IN LISTS dictionary_build_dirs)
        set(copies "${dir}/${language}.aff" "${dir}/${language}.dic"
            "${dir}/${language}-copyright.txt")
        add_custom_command(OUTPUT ${copies}
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
            COMMAND "${CMAKE_COMMAND}" -E copy "${aff}" "${dir}/${language}.aff"
            COMMAND "${CMAKE_COMMAND}" -E copy "${dic}" "${dir}/${language}.dic"
            COMMAND "${CMAKE_COMMAND}" -E copy "${license}" "${dir}/${language}-copyright.txt"
            DEPENDS "${aff}" "${dic}" "${license}"
            COMMENT "Copying the ${language} dictionary into ${dir}"
            VERBATIM)
        list(APPEND dictionary_all_copies ${copies})
    endforeach()
    list(APPEND dictionary_files "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/dictionaries/${language}.aff"
        "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/dictionaries/${language}.dic"
        "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/dictionaries/${language}-copyright.txt")
endforeach()
add_custom_target(creatordesk_dictionaries ALL DEPENDS ${dictionary_all_copies})

if(WIN32)
    install(FILES ${dictionary_files} DESTINATION dictionaries)
elseif(APPLE)
    # Untested (no Mac here): copied into the bundle when it is built, so the bundle in the
    # build tree has them too, and installed with it.
    add_dependencies(creatordesk creatordesk_dictionaries)
    target_sources(creatordesk PRIVATE ${dictionary_files})
    set_source_files_properties(${dictionary_files} TARGET_DIRECTORY creatordesk PROPERTIES
        MACOSX_PACKAGE_LOCATION "Resources/dictionaries")
endif()
