import SimKernel

/// Scales an on-demand stream (C2–C4, W3) as a passive value: at the end of every simulated
/// second the world feeds it each open shard's accepted writes, and it names the shards to split.
///
/// Why per second: the shard limits are enforced per second (W4); a per-minute average would
/// call a shard that is saturated for 29 s and idle for 31 s cold, and "stays above 50%
/// continuously" would mean nothing finer than a minute.
///
/// Two rules, both waiting `policy.splitDelay`:
/// - **hot shard (C4)**: a shard whose incoming bytes exceed half its byte limit (AWS: "500
///   KB/s", half of W3's 1 MB/s) in every second for `splitDelay` is split at the midpoint of
///   its range. Hot keys are not isolated: a single hot key keeps one child hot, and that child,
///   a new shard, starts its own streak, so it is split again after another full delay — never
///   twice in one instant, since a child is first sampled the second after its parent's split.
///   Records do not count here: AWS names a byte rate, so a shard of many small records is
///   split by the twice-the-peak rule only (and throttles at 1,000 records/s meanwhile).
/// - **twice the peak (C3)**: the stream accommodates twice its peak per-minute write
///   throughput seen so far (runs last at most 30 days, AWS's look-back). While open capacity
///   is below that, in records or bytes, for `splitDelay`, the busiest shards not already being
///   split are split, enough to cover it if possible (each shard at most once per instant); the
///   delay then starts again. Traffic above capacity throttles meanwhile.
///
/// Throughput is accepted writes, as CloudWatch's `IncomingBytes` counts it: a saturated
/// stream's peak is its capacity, so it keeps doubling, one delay at a time, until demand fits.
public struct OnDemandScaler: Sendable {
    /// Consecutive hot seconds of one shard: from the start of the first to the end of the last.
    struct HotStreak: Sendable {
        var since: SimTime
        var through: SimTime
    }

    public let policy: OnDemandPolicy
    let recordsPerSecond: Int64
    let bytesPerSecond: Int64
    /// By shard index; nil when the shard was not hot in its last sampled second.
    var hotStreaks: [HotStreak?] = []
    var minuteTotal = WriteTotal()
    /// The largest accepted write total of a whole aligned minute, records and bytes separately.
    public internal(set) var peakMinute = WriteTotal()
    /// Since when open capacity has been below twice the peak.
    var shortSince: SimTime?
    var lastSecondEnd: SimTime?

    public init(policy: OnDemandPolicy, limits: StreamLimits) {
        self.policy = policy
        recordsPerSecond = limits.writeRecordsPerSecond
        bytesPerSecond = limits.writeBytesPerSecond
    }

    /// Feeds the second ending at `now` with one sample per open shard; returns the splits to
    /// make now, ordered by shard index (empty most seconds).
    /// - Precondition: `now` is a whole second, one second after the previous call; `samples`
    ///   name distinct shards.
    public mutating func endOfSecond(_ samples: [ShardWriteSample], now: SimTime) -> [SplitDecision] {
        noteSecond(endingAt: now)
        var splits = samples.compactMap { hotSplit($0, now: now) }
        splits = Array(splits.prefix(max(0, OnDemandPolicy.maxOpenShards - samples.count)))
        addToMinute(samples, now: now)
        splits += headroomSplits(samples, alreadySplit: splits, now: now)
        return splits.sorted { $0.shard < $1.shard }
    }

    mutating func noteSecond(endingAt now: SimTime) {
        modelPrecondition(now.nanoseconds % SimDuration.seconds(1).nanoseconds == 0 && now > .zero,
                     "on-demand scaler fed at \(now), not the end of a whole second")
        if let last = lastSecondEnd {
            modelPrecondition(now - last == .seconds(1), "on-demand scaler fed at \(now), \(now - last) after the previous second")
        }
        lastSecondEnd = now
    }

    /// Extends or ends the shard's hot streak; a split once it has lasted `splitDelay`.
    mutating func hotSplit(_ sample: ShardWriteSample, now: SimTime) -> SplitDecision? {
        while hotStreaks.count <= sample.shard { hotStreaks.append(nil) }
        let secondStart = now - .seconds(1)
        guard isHot(sample) else {
            hotStreaks[sample.shard] = nil
            return nil
        }
        let continues = hotStreaks[sample.shard].map { $0.through == secondStart } ?? false
        let since = continues ? hotStreaks[sample.shard]!.since : secondStart
        hotStreaks[sample.shard] = HotStreak(since: since, through: now)
        guard now - since >= policy.splitDelay, sample.range.isSplittable else { return nil }
        hotStreaks[sample.shard] = nil
        return SplitDecision(time: now, shard: sample.shard, newStartingHashKey: sample.range.midpointSplitKey,
                             reason: .hotShard(since: since))
    }

    /// C4: incoming bytes strictly above half the per-shard byte limit (500 KB/s of 1 MB/s).
    func isHot(_ sample: ShardWriteSample) -> Bool {
        sample.bytes * 2 > bytesPerSecond
    }
}

/// Accepted writes over some span: records and bytes (data + keys).
public struct WriteTotal: Equatable, Sendable {
    public var records: Int64 = 0
    public var bytes: Int64 = 0

    public init(records: Int64 = 0, bytes: Int64 = 0) {
        self.records = records
        self.bytes = bytes
    }
}
