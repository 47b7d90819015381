#!/usr/bin/env bash
# The whole test suite: installs what it needs, checks generated code is current, runs every test,
# then the interop tests (real Kafka clients against the `sluice` binary just built).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
./scripts/check-generated.sh
swift build --build-tests
# Storage tests run in their own process: their blocking file I/O would otherwise hold the
# cooperative threads that the broker's timing-sensitive tests need (2 cores in CI).
swift test --skip-build --skip SluiceStorageTests
swift test --skip-build --filter SluiceStorageTests

./scripts/install-interop.sh
export SLUICE_BIN="$(swift build --show-bin-path)/sluice"
.venv/interop/bin/python -m pytest -q tests/interop
# The sluice CLI and Fetch end to end against the real broker.
./scripts/cli-e2e.sh "$SLUICE_BIN"
./scripts/fetch-e2e/run.sh
