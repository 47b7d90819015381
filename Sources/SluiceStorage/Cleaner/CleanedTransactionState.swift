import SluiceProtocol

/// Tracks transactions while the cleaner walks a log in offset order, to tell which data batches
/// belong to aborted transactions and which markers may go (Kafka's `CleanedTransactionMetadata`).
///
/// Rules:
/// - A transactional data batch whose producer has an aborted transaction open at that offset
///   (from the aborted-transaction list, i.e. `.txnindex`) is aborted data: discarded.
/// - An ABORT marker may be discarded only if the cleaner saw no batch of that transaction in this
///   pass (all of it was removed by an earlier pass); otherwise it stays, and its aborted
///   transaction stays in the cleaned `.txnindex`.
/// - A COMMIT marker may be discarded only if no batch of the transaction was seen in this pass.
/// - A control batch already emptied by an earlier pass may be discarded.
/// "May be discarded" still waits for the marker's delete horizon (see `LogCleaner`).
struct CleanedTransactionState {
    private struct OpenAbort {
        let transaction: AbortedTransaction
        var sawData = false
    }

    /// Aborted transactions not yet reached, by ascending first offset.
    private var pending: [AbortedTransaction]
    private var pendingIndex = 0
    private var ongoingAborted: [Int64: OpenAbort] = [:]
    private var ongoingCommitted: Set<Int64> = []
    /// Aborted transactions whose marker was retained, in marker order: the cleaned `.txnindex`.
    private(set) var retainedAborted: [AbortedTransaction] = []

    init(abortedTransactions: [AbortedTransaction]) {
        self.pending = abortedTransactions.sorted { $0.firstOffset < $1.firstOffset }
    }

    mutating func takeRetainedAborted() -> [AbortedTransaction] {
        defer { self.retainedAborted = [] }
        return self.retainedAborted
    }

    private mutating func consumeAborted(upTo offset: Int64) {
        while self.pendingIndex < self.pending.count, self.pending[self.pendingIndex].firstOffset <= offset {
            let transaction = self.pending[self.pendingIndex]
            self.closeStaleAbort(of: transaction.producerId, before: transaction.firstOffset)
            if self.ongoingAborted[transaction.producerId] == nil {
                self.ongoingAborted[transaction.producerId] = OpenAbort(transaction: transaction)
            }
            self.pendingIndex += 1
        }
    }

    /// Forgets an open abort of `producerId` whose marker offset lies below `offset`: nothing at
    /// or after `offset` can belong to it. Kafka relies on reading the marker to close it; when
    /// the marker is gone (cleaned away, or before the range read) while the caller's list still
    /// names the transaction, this keeps later transactions of the producer from being taken for
    /// aborted ones.
    private mutating func closeStaleAbort(of producerId: Int64, before offset: Int64) {
        if let open = self.ongoingAborted[producerId], open.transaction.lastOffset < offset {
            self.ongoingAborted[producerId] = nil
        }
    }

    /// A data batch was read; true when it belongs to an aborted transaction (discard it).
    mutating func onDataBatch(_ header: RecordBatchHeader) -> Bool {
        self.consumeAborted(upTo: header.lastOffset)
        guard header.isTransactional else { return false }
        self.closeStaleAbort(of: header.producerId, before: header.baseOffset)
        if self.ongoingAborted[header.producerId] != nil {
            self.ongoingAborted[header.producerId]!.sawData = true
            return true
        }
        self.ongoingCommitted.insert(header.producerId)
        return false
    }

    /// A control batch was read, with its first record's control type (nil when the batch is
    /// empty). True when the marker may be discarded (subject to its delete horizon).
    mutating func onControlBatch(_ header: RecordBatchHeader, type: ControlRecordType?) -> Bool {
        self.consumeAborted(upTo: header.lastOffset)
        self.closeStaleAbort(of: header.producerId, before: header.baseOffset)
        guard let type else { return true }
        switch type {
        case .abort:
            guard let open = self.ongoingAborted.removeValue(forKey: header.producerId), open.sawData else {
                return true
            }
            self.retainedAborted.append(open.transaction)
            return false
        case .commit:
            return self.ongoingCommitted.remove(header.producerId) == nil
        default:
            return false
        }
    }
}
