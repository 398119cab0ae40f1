# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: CPack's NSIS generator (makensis, Debian's nsis package on Linux)
# makes creatordesk-<version>-win64.exe. It installs the program folder (see WindowsApp.cmake),
# a Start-menu entry, an uninstaller, and registers the app's AppUserModelID with its name and
# icon so that Windows' notifications say "Creator Desk" (the app sets the same id at start).
set(CPACK_GENERATOR "NSIS")
# A 64-bit installer for a 64-bit app (NSIS' default stub is 32-bit, which a 64-bit-only Wine,
# like a Windows without its 32-bit layer, cannot start).
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_PACKAGE_FILE_NAME "creatordesk-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Creator Desk")
set(CPACK_NSIS_DISPLAY_NAME "Creator Desk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${icon_dir}/creatordesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${icon_dir}/creatordesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "creatordesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "creatordesk.exe")
# CPACK_PACKAGE_EXECUTABLES (set by the caller) makes the Start-menu shortcut.
set(aumid_key "Software\\\\Classes\\\\AppUserModelId\\\\${CREATORDESK_APP_ID}")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr SHCTX '${aumid_key}' 'DisplayName' 'Creator Desk'
    WriteRegStr SHCTX '${aumid_key}' 'IconUri' '$INSTDIR\\\\creatordesk.exe'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey SHCTX '${aumid_key}'
")
