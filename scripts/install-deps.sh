#!/usr/bin/env bash
# Installs the system packages Sluice builds and tests against (Debian/Ubuntu, as root or via sudo).
# Safe to run repeatedly: it only calls apt-get when something is missing.
set -euo pipefail

packages=(pkg-config zlib1g-dev liblz4-dev libzstd-dev libsnappy-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
