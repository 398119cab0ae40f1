# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the app's resources, and an installed folder that runs on its own. windeployqt does
# not run for a cross build, so the Qt runtime it would copy is listed here: the libraries the
# three programs load, the plugins Qt loads at run time, Qt's own translations and a qt.conf
# that points Qt at them. Layout (the install root is the program folder):
#   creatordesk.exe creatordesk-cli.exe creatordesk-sandbox.exe  Qt6*.dll ... qt.conf
#   plugins/{platforms,styles,imageformats,iconengines,tls}/*.dll
#   translations/qtbase_*.qm
set_target_properties(creatordesk PROPERTIES WIN32_EXECUTABLE TRUE)
configure_file(windows/creatordesk.rc.in "${CMAKE_CURRENT_BINARY_DIR}/creatordesk.rc" @ONLY)
target_sources(creatordesk PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/creatordesk.rc")
set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/creatordesk.rc" PROPERTIES
    OBJECT_DEPENDS "${icon_dir}/creatordesk.ico")
add_dependencies(creatordesk creatordesk_icons)

install(TARGETS creatordesk creatordesk-cli creatordesk-sandbox RUNTIME DESTINATION .)

set(qt_prefix "${QT6_INSTALL_PREFIX}")
set(qt_bin "${qt_prefix}/${QT6_INSTALL_BINS}")
set(qt_plugins "${qt_prefix}/${QT6_INSTALL_PLUGINS}")
get_target_property(keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION_RELEASE)
if(NOT keychain_dll)
    get_target_property(keychain_dll Qt6Keychain::Qt6Keychain IMPORTED_LOCATION)
endif()
# The MinGW runtime (posix threads) that every one of these libraries needs beside it.
set(mingw_runtime "")
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    find_file(CREATORDESK_RUNTIME_${dll} ${dll} PATHS "${qt_bin}" NO_DEFAULT_PATH REQUIRED)
    list(APPEND mingw_runtime "${CREATORDESK_RUNTIME_${dll}}")
endforeach()
install(FILES
    "${qt_bin}/Qt6Core.dll" "${qt_bin}/Qt6Gui.dll" "${qt_bin}/Qt6Widgets.dll"
    "${qt_bin}/Qt6Network.dll" "${qt_bin}/Qt6Concurrent.dll" "${qt_bin}/Qt6Svg.dll"
    "${keychain_dll}" ${mingw_runtime}
    DESTINATION .)
foreach(plugin
        platforms/qwindows platforms/qoffscreen
        styles/qwindowsvistastyle
        imageformats/qsvg imageformats/qico imageformats/qjpeg imageformats/qgif
        iconengines/qsvgicon
        tls/qschannelbackend tls/qcertonlybackend)
    get_filename_component(plugin_dir "${plugin}" DIRECTORY)
    install(FILES "${qt_plugins}/${plugin}.dll" DESTINATION "plugins/${plugin_dir}")
endforeach()
# Qt's own strings (the standard dialogs' buttons) in the languages the app speaks.
foreach(language de en)
    install(FILES "${QT_HOST_PATH}/share/qt6/translations/qtbase_${language}.qm"
        DESTINATION translations OPTIONAL)
endforeach()
install(FILES windows/qt.conf DESTINATION .)
