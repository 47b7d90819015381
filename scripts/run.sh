#!/usr/bin/env bash
# Installs what Sluice needs, builds it in release mode and runs it. Arguments go to `sluice`
# (`./scripts/run.sh serve` starts a broker on 127.0.0.1:9092 with its data in ./sluice-data).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
swift build -c release --product sluice
exec .build/release/sluice "$@"
