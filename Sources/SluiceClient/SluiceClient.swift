// The Kafka client used by the `sluice` CLI.
