#!/usr/bin/env bash
# Builds the .deb (and .tar.gz, .rpm when rpmbuild is there), installs the .deb on this machine,
# runs the installed programs, and removes the package again. Validates the desktop entry and
# the AppStream metadata. Needs the build from scripts/test.sh and root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

desktop-file-validate packaging/linux/org.creatordesk.CreatorDesk.desktop
appstreamcli validate --no-net packaging/linux/org.creatordesk.CreatorDesk.metainfo.xml

(cd build && cpack -G DEB && cpack -G TGZ)
if command -v rpmbuild >/dev/null; then (cd build && cpack -G RPM); fi
deb=$(ls -t build/creatordesk_*.deb | head -n 1)
dpkg-deb --info "$deb" | sed -n '/Depends/p'
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E '^\./usr/(bin|share/(applications|metainfo|icons))' | sort

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq creatordesk' EXIT
/usr/bin/creatordesk --version
/usr/bin/creatordesk-cli --version
# The installed app starts its installed sandbox, signs in and paints its first window.
QT_QPA_PLATFORM=offscreen /usr/bin/creatordesk --demo --exit-after-startup
echo "package check: ok"
