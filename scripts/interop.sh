#!/usr/bin/env bash
# Builds `sluice` and runs only the interop tests (real Kafka clients against the real broker).
# Arguments go to pytest, e.g. `scripts/interop.sh -k admin -x`.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
./scripts/install-interop.sh
swift build --product sluice
export SLUICE_BIN="${SLUICE_BIN:-$(swift build --show-bin-path)/sluice}"
exec .venv/interop/bin/python -m pytest -q tests/interop "$@"
