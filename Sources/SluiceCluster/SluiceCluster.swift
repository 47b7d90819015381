// Cluster metadata: topics, partitions, leadership.
