#!/usr/bin/env bash
# Installs what the interop tests need: kcat (apt) and a Python venv at .venv/interop with the
# Kafka clients pinned in tests/interop/requirements.txt. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv/interop
requirements=tests/interop/requirements.txt
python="${PYTHON:-python3}"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_updated=""
apt_install() {
    if [ -z "$apt_updated" ]; then
        $sudo apt-get update -qq
        apt_updated=1
    fi
    echo "Installing: $*"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v kcat >/dev/null 2>&1 || missing+=(kcat)
command -v "$python" >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# The stamp records which requirements the venv was built from; a match means nothing to do.
stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
    exit 0
fi

if [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
        # Debian's python3 ships venv (and ensurepip) separately.
        rm -rf "$venv"
        apt_install python3-venv
        "$python" -m venv "$venv"
    fi
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check --root-user-action=ignore -r "$requirements"
cp "$requirements" "$stamp"
