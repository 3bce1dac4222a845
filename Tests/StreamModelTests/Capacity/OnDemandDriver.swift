import SimKernel
@testable import StreamModel

/// An on-demand stream's shards as the on-demand tests see them: ranges that split as the
/// scaler decides, children taking the next indexes, fed one second at a time.
struct OnDemandDriver {
    var scaler: OnDemandScaler
    /// Open shards by index, in hash order.
    var open: [(shard: Int, range: HashKeyRange)]
    var nextIndex: Int
    var now = SimTime.zero
    var splits: [SplitDecision] = []
    /// Bytes of each record: 100 keeps every shard below the byte rule (C4); 1,024 makes 1,000
    /// records/s hot and 512 exactly half the 1 MiB/s limit.
    let bytesPerRecord: Int64

    init(splitDelay: SimDuration = .minutes(15), shards: Int = OnDemandPolicy.initialShards, bytesPerRecord: Int64 = 100) {
        self.bytesPerRecord = bytesPerRecord
        scaler = OnDemandScaler(policy: OnDemandPolicy(splitDelay: splitDelay), limits: StreamLimits())
        open = HashKeyRange.evenSplit(count: shards).enumerated().map { ($0.offset, $0.element) }
        nextIndex = shards
    }

    /// Records a shard accepts in one second: `(shard, range, second)`, where `second` counts
    /// whole seconds from the start of the run (0 is `[0 s, 1 s)`).
    typealias Load = (Int, HashKeyRange, Int64) -> Int64

    /// One second in which each open shard accepts `load` records of `bytesPerRecord`; splits are
    /// applied at once. Returns this second's decisions.
    @discardableResult
    mutating func second(_ load: Load) -> [SplitDecision] {
        let second = now.nanoseconds / 1_000_000_000
        now = now + .seconds(1)
        let samples = open.map { shard, range in
            let records = load(shard, range, second)
            return ShardWriteSample(shard: shard, range: range, records: records, bytes: bytesPerRecord * records)
        }
        let decisions = scaler.endOfSecond(samples, now: now)
        decisions.forEach { apply($0) }
        splits += decisions
        return decisions
    }

    /// `count` seconds of the same load; returns their decisions.
    @discardableResult
    mutating func seconds(_ count: Int, _ load: Load) -> [SplitDecision] {
        (0..<count).flatMap { _ in second(load) }
    }

    mutating func apply(_ split: SplitDecision) {
        let position = open.firstIndex { $0.shard == split.shard }!
        let range = open[position].range
        open.replaceSubrange(position...position, with: [
            (nextIndex, HashKeyRange(start: range.start, end: split.newStartingHashKey - 1)),
            (nextIndex + 1, HashKeyRange(start: split.newStartingHashKey, end: range.end)),
        ])
        nextIndex += 2
    }

    /// Records a shard accepts of `demand` records/s spread evenly over the hash space, capped at
    /// the 1,000 records/s limit (ranges are multiples of 2^96 wide in these tests).
    static func even(_ demand: Int64) -> Load {
        { _, range, _ in min(1_000, (demand * Int64((range.end - range.start + 1) >> 96)) >> 32) }
    }

    /// All of `demand` on the one shard whose range holds `key` (a single hot partition key).
    static func hotKey(_ key: UInt128, _ demand: Int64) -> Load {
        { _, range, _ in range.contains(key) ? min(1_000, demand) : 0 }
    }
}
