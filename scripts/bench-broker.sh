#!/usr/bin/env bash
# Broker benchmark: sluice's own client (`sluice bench`) and librdkafka against `sluice serve`,
# beside the disk's dd figures. Not part of the test suite; takes a few minutes.
#
#   scripts/bench-broker.sh [--repeats N] [--quick] [--data-dir DIR] [--skip-librdkafka]
#
# Builds sluice in release mode, creates .venv/bench with confluent-kafka (librdkafka) if
# missing, then runs scripts/bench/run_broker_bench.py, which prints a Markdown report.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

swift build -c release --product sluice >&2
sluice="$(swift build -c release --show-bin-path)/sluice"

venv="$root/.venv/bench"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import confluent_kafka' 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet 'confluent-kafka==2.16.1' >&2
fi

exec "$venv/bin/python" "$root/scripts/bench/run_broker_bench.py" --sluice "$sluice" --python "$venv/bin/python" "$@"
