#!/usr/bin/env bash
# Regenerates Sources/SluiceProtocol/Generated and the test samples from Kafka's JSON message specs.
#
#   scripts/generate.sh [output-folder samples-file]
#
# Specs come from $SLUICE_KAFKA_SPECS if set, else ../shared/kafka-protocol/messages beside the
# repository (for a git worktree: beside its main checkout). The group coordinator's record specs
# come from $SLUICE_KAFKA_RECORDS if set, else coordinator-records beside the message specs. With arguments, writes there instead
# (check-generated.sh uses that); the output depends only on the specs.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

find_specs() {
    if [[ -n "${SLUICE_KAFKA_SPECS:-}" ]]; then
        echo "$SLUICE_KAFKA_SPECS"
        return
    fi
    local candidate="$repo/../shared/kafka-protocol/messages"
    if [[ ! -d "$candidate" ]]; then
        # A linked worktree lives elsewhere; shared/ sits beside the main checkout.
        local common
        common="$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
        if [[ -n "$common" && -d "$(dirname "$common")/../shared/kafka-protocol/messages" ]]; then
            candidate="$(dirname "$common")/../shared/kafka-protocol/messages"
        fi
    fi
    echo "$candidate"
}

specs="$(find_specs)"
if [[ ! -d "$specs" ]]; then
    echo "generate.sh: no Kafka message specs at $specs (set SLUICE_KAFKA_SPECS)" >&2
    exit 1
fi

records="${SLUICE_KAFKA_RECORDS:-$specs/../coordinator-records}"
if [[ ! -d "$records" ]]; then
    echo "generate.sh: no Kafka coordinator record specs at $records (set SLUICE_KAFKA_RECORDS)" >&2
    exit 1
fi

output="${1:-Sources/SluiceProtocol/Generated}"
samples="${2:-Tests/SluiceProtocolTests/Generated/MessageSamples.swift}"

swift build --product SluiceCodegen -q
"$(swift build --show-bin-path)/SluiceCodegen" "$specs" "$output" --samples "$samples" --records "$records"
