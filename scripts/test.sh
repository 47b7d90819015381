#!/usr/bin/env bash
# The whole test suite: installs what it needs, checks generated code is current, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
./scripts/check-generated.sh
swift build --build-tests
swift test --skip-build
