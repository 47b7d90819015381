#!/usr/bin/env bash
# Re-record the golden request frames in Tests/SluiceProtocolTests/Fixtures/frames.
#
#   scripts/record-fixtures/record.sh [record.py options, e.g. --clients kcat --timeout 90]
#
# Needs python3 (3.11), kcat (apt-get install kcat) and PyPI for the pinned clients,
# installed into $RECORD_FIXTURES_VENV (default /tmp/sluice-record-fixtures-venv).
# The Kafka JSON specs are found in shared/kafka-protocol/messages beside the repo
# (or set KAFKA_SPECS).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${RECORD_FIXTURES_VENV:-/tmp/sluice-record-fixtures-venv}"

if ! "$venv/bin/python" -c 'import confluent_kafka, kafka, aiokafka, snappy, cramjam, lz4, zstandard' 2>/dev/null; then
    echo "setting up venv $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi
if ! command -v kcat >/dev/null; then
    echo "kcat not found (apt-get install kcat); skipping it" >&2
    set -- --clients librdkafka,kafka-python,aiokafka "$@"
fi

"$venv/bin/python" "$here/fake_broker.py" selftest >/dev/null
exec "$venv/bin/python" "$here/record.py" "$@"
