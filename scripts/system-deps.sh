#!/bin/sh
# Make sure the Debian packages Qt (and the venv) need are installed.
# As root: installs the missing ones with apt-get. Otherwise: prints the command and fails.
# Usage: scripts/system-deps.sh [extra packages...]
set -eu
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing we can check
PY=${PYTHON:-python3}
PKGS="libpulse0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 \
libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 $*"
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    PKGS="$PKGS python3-venv"
fi
MISSING=""
for pkg in $PKGS; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) MISSING="$MISSING $pkg" ;;
    esac
done
[ -z "$MISSING" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages:$MISSING"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $MISSING
else
    echo "These Debian packages are missing:$MISSING" >&2
    echo "Install them, then run make again:" >&2
    echo "    sudo apt-get install$MISSING" >&2
    exit 1
fi
