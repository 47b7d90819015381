.PHONY: generate check-generated

# Regenerate Sources/SluiceProtocol/Generated and the test samples from the Kafka JSON specs.
generate:
	scripts/generate.sh

# Fail if the committed generated code is not what the generator makes now.
check-generated:
	scripts/check-generated.sh
