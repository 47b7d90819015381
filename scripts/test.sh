#!/usr/bin/env bash
# The whole test suite: installs what it needs, checks generated code is current, runs every test,
# then the interop tests (real Kafka clients against the `sluice` binary just built).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
./scripts/check-generated.sh
swift build --build-tests
swift test --skip-build

./scripts/install-interop.sh
export SLUICE_BIN="$(swift build --show-bin-path)/sluice"
.venv/interop/bin/python -m pytest -q tests/interop
