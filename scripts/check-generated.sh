#!/usr/bin/env bash
# Fails if the committed generated code differs from what SluiceCodegen makes from the specs now.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

scripts/generate.sh "$scratch/Generated" "$scratch/MessageSamples.swift" > /dev/null

status=0
if ! diff -r "$scratch/Generated" Sources/SluiceProtocol/Generated; then
    status=1
fi
if ! diff "$scratch/MessageSamples.swift" Tests/SluiceProtocolTests/Generated/MessageSamples.swift; then
    status=1
fi
if [[ $status -ne 0 ]]; then
    echo "check-generated: generated code is out of date; run 'make generate' and commit the result" >&2
else
    echo "check-generated: generated code is up to date"
fi
exit $status
