/// Bytes of resident memory each simulated entity costs, for `MemoryEstimate`.
///
/// Calibrated against the peak RSS (`/usr/bin/time -f %M`) of `simctl run --quiet` (debug build,
/// jemalloc, Linux x86-64, 2 cores) on scenarios that vary one kind of entity at a time, 10
/// simulated seconds without drain unless said (issue 8; the runs and figures are in the README,
/// Scenario files › Memory). Each constant is the measured slope rounded up by a quarter or
/// more, so the estimate errs high.
enum MemoryCosts {
    /// The process with one device, gateway, shard and consumer: 40,412 KB measured.
    static let baseBytes = 44e6
    /// One device (identity, value-model state, random substream, emission lane): 100k → 400k
    /// devices, 89,612 → 244,548 KB, 529 B each.
    static let perDevice = 660.0
    /// One gateway (emission heap, batch buffer, request slots): 100k → 400k gateways,
    /// 66,628 → 148,912 KB, 281 B each.
    static let perGateway = 350.0
    /// One shard that ever existed (record ring, write limiter, read window, per-shard metrics):
    /// 2,000 → 8,000 shards, 45,440 → 57,372 KB, 2,036 B each.
    static let perShard = 2_600.0
    /// One consumer's state for one shard (cursor, polling loop and its pending event,
    /// counters): 1,000 shards with 1 → 20 consumers, 43,116 → 43,948 KB, 45 B each; but 10,000
    /// shards with 20 consumers (2 s) peak at 86,876 KB, 136 B each beyond the base and the
    /// shards (the event queue and per-consumer arrays grow by doubling), so the larger slope.
    static let perReader = 170.0
    /// One record retained for a slow consumer: 1,000 records/s into one shard for 60 s read at
    /// 1 record/s versus at once, 40,408 → 50,880 KB for 59,940 records, 179 B each.
    static let perRetainedRecord = 230.0
    /// One series point: eleven 64-bit integers.
    static let perSeriesPoint = 88.0
    /// One entry held in a gateway's offline queue: 72 B by layout (a put entry and its
    /// accepted-before flag), but deques grow by doubling and drop-oldest churns them:
    /// `scenarios/fleet-outage-10x.json` (release build) peaks at 464,844 KB with 2,000,000
    /// entries held against 84,080 KB without its outage, 195 B an entry.
    static let perOfflineEntry = 250.0
    /// One consumer's figures for one simulated second: three 64-bit integers.
    static let perConsumerSecond = 24.0
    /// One closed window's result for one group, held until the run is stored: 20,000 devices
    /// grouped by device in 1 s windows for 10 s (220,000 results), 51,344 → 120,120 KB, 320 B each.
    static let perWindowResult = 400.0
    /// One open window's accumulator for one group (count, sum, min, max).
    static let perWindowAccumulator = 40.0
}
