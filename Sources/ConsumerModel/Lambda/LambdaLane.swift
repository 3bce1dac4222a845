import SimKernel

/// One of a shard's `parallelization` lanes: the records of its partition keys waiting in order,
/// and the batch being invoked. A lane invokes one batch at a time, so a key's records are
/// processed in order; a failing batch blocks its lane (and, with one lane, the shard) until it
/// succeeds or is discarded.
struct LambdaLane: Sendable {
    /// Offsets waiting, in sequence order; the batch in flight is their front.
    var waiting: [UInt64] = []
    /// Index of the first waiting offset (the consumed front is dropped in chunks).
    var head = 0
    /// Sizes of the batches to invoke next after a bisection, front first.
    var segments: [Int] = []
    /// The batch in flight: how many of the waiting records, and whether it failed.
    var inFlight: Int?
    var failed = false
    /// Retries of the records at the front so far.
    var retries = 0
    /// When the front batch first failed: the lane is blocked since.
    var blockedSince: SimTime?
    /// When the lane last became idle with records waiting (its batching window opens).
    var windowOpenedAt: SimTime?
    /// A failed batch is retried no earlier than this.
    var retryAt: SimTime?
    /// A wake-up event (window close or retry) is on its way.
    var wakePending = false

    var pending: Int { waiting.count - head }
    var isIdle: Bool { inFlight == nil }
    var front: ArraySlice<UInt64> { waiting[head...] }

    mutating func append(_ offset: UInt64) { waiting.append(offset) }

    /// Drops the `count` records at the front (processed or discarded).
    mutating func removeFront(_ count: Int) {
        head += count
        if head >= 1_024 || head == waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
    }
}
