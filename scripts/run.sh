#!/usr/bin/env bash
# Installs what Sluice needs, builds it in release mode and runs it. Arguments go to `sluice`.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
swift build -c release --product sluice
exec .build/release/sluice "$@"
