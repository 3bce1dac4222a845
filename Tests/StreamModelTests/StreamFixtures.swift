import SimKernel
@testable import StreamModel

/// Builders shared by the StreamModel tests. Payloads are plain `Int`s (the stream is generic).
enum StreamFixture {
    /// An instant `nanoseconds` after the start of the run.
    static func at(ns nanoseconds: Int64) -> SimTime { SimTime(nanoseconds: nanoseconds) }
    static func at(ms milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }
    static func at(s seconds: Int64) -> SimTime { .zero + .seconds(seconds) }

    /// An entry whose record (data + key) is exactly `bytes` bytes.
    static func entry(bytes: Int64, keyLength: Int32 = 1, hashKey: UInt128 = 0, payload: Int = 0) -> PutEntry<Int> {
        PutEntry(hashKey: hashKey, partitionKeyLength: keyLength, dataBytes: Int32(bytes - Int64(keyLength)),
                 payload: payload)
    }

    /// `count` entries of `bytes` bytes each, payloads numbered from `firstPayload`.
    static func entries(_ count: Int, bytes: Int64, hashKey: UInt128 = 0, firstPayload: Int = 0) -> [PutEntry<Int>] {
        (0..<count).map { entry(bytes: bytes, hashKey: hashKey, payload: firstPayload + $0) }
    }

    /// A one-shard stream with default limits, 24 h retention and no visibility delay unless given.
    static func stream(shards: Int = 1, limits: StreamLimits = StreamLimits(), retention: SimDuration = .hours(24),
                       visibilityDelay: Distribution = .constant(.zero), seed: UInt64 = 0) -> DataStream<Int> {
        DataStream(shardCount: shards, limits: limits, retention: retention, visibilityDelay: visibilityDelay,
                   masterSeed: seed)
    }

    /// 2^`power`: hash-key boundaries of even splits (2^127 splits the space in two).
    static func key(_ power: Int) -> UInt128 { UInt128(1) << power }
    /// Default limits enforced by `model`.
    static func limits(_ model: ThrottlingModel) -> StreamLimits {
        var limits = StreamLimits()
        limits.writeThrottling = model
        return limits
    }

    /// Limits whose write side never throttles in a test (to load shards fast for read tests).
    static var fastWrites: StreamLimits {
        var limits = StreamLimits()
        limits.writeRecordsPerSecond = 1_000_000
        limits.writeBytesPerSecond = 1 << 30  // × 10^9 scale must fit Int64
        return limits
    }
}

extension Shard {
    /// The shard's write buckets (token-bucket model only).
    var writeBuckets: WriteBuckets {
        guard let buckets = writes.buckets else { preconditionFailure("\(id) is not throttled by token buckets") }
        return buckets
    }
}

/// One PutRecords call's outcome, as tests look at it.
struct PutOutcome {
    var failed: Int
    var results: [PutEntryResult]

    var accepted: Int { results.count - failed }
    var throttledFlags: [Bool] {
        results.map { if case .throttled = $0 { true } else { false } }
    }
    var acceptedFlags: [Bool] {
        results.map { if case .accepted = $0 { true } else { false } }
    }
}

extension DataStream {
    /// PutRecords with an array; returns `FailedRecordCount` and the per-entry results.
    mutating func put(_ entries: [PutEntry<Payload>], at now: SimTime) throws(PutRecordsInvalid) -> PutOutcome {
        var results = ContiguousArray<PutEntryResult>()
        let failed = try putRecords(ContiguousArray(entries), now: now, results: &results)
        return PutOutcome(failed: failed, results: Array(results))
    }

    /// PutRecords expected to be rejected as a whole: the validation error, or nil if accepted.
    mutating func rejection(of entries: [PutEntry<Payload>], at now: SimTime) -> PutRecordsInvalid? {
        do {
            _ = try put(entries, at: now)
            return nil
        } catch {
            return error
        }
    }

    /// Every shard's next offset: what a write would change.
    var nextOffsets: [UInt64] { shards.map(\.nextOffset) }
}

extension ReadOutcome {
    /// Records returned, or nil for a throttled or expired call.
    var count: Int? {
        if case .records(_, let count, _) = self { count } else { nil }
    }
}

extension DataStream {
    /// Writes one 10-byte record with `hashKey` at `now`; returns the shard it was accepted by.
    mutating func route(_ hashKey: UInt128, at now: SimTime, payload: Payload) throws -> Int? {
        let results = try put([PutEntry(hashKey: hashKey, partitionKeyLength: 1, dataBytes: 9, payload: payload)], at: now).results
        if case .accepted(let shard, _) = results[0] { return Int(shard) } else { return nil }
    }

    /// Registers a reader and takes an iterator on every shard there is, as a consumer starting
    /// up does (at most five readers, or GetShardIterator throttles, R8).
    mutating func startReader(at start: StartingPosition, now: SimTime = .zero) -> Int {
        let reader = registerReader(at: start, now: now)
        for shard in shards.indices {
            precondition(getShardIterator(reader: reader, shard: shard, now: now) == .issued, "GetShardIterator throttled")
        }
        return reader
    }

    /// A resharding call expected to be refused: its error, or nil if it went through.
    mutating func reshardRejection(_ operation: (inout Self) throws(ReshardRejected) -> Void) -> ReshardRejected? {
        do {
            try operation(&self)
            return nil
        } catch {
            return error
        }
    }

    /// The OPEN shards' ranges in hash-key order.
    var openRanges: [HashKeyRange] { openShardIndexes.map { shards[$0].range } }

    /// H4, checked here independently of `checkInvariants`: the OPEN ranges start at 0, end at
    /// 2^128 − 1, and each starts one key after the previous one ends; the shards listed are
    /// exactly those in state OPEN.
    var openShardsTileTheSpace: Bool {
        let ranges = openRanges
        let listed = Set(openShardIndexes) == Set(shards.indices.filter { shards[$0].state == .open })
        return listed && ranges.first?.start == 0 && ranges.last?.end == .max
            && zip(ranges, ranges.dropFirst()).allSatisfy { $0.end < .max && $0.end + 1 == $1.start }
    }
}

extension DataStream where Payload == Int {
    /// Writes `count` records of `bytes` bytes at `now` in requests of at most 500; returns how
    /// many were accepted.
    mutating func accepted(_ count: Int, bytes: Int64, at now: SimTime, hashKey: UInt128 = 0) throws -> Int {
        var accepted = 0
        var left = count
        while left > 0 {
            let batch = min(500, left)
            accepted += try put(StreamFixture.entries(batch, bytes: bytes, hashKey: hashKey), at: now).accepted
            left -= batch
        }
        return accepted
    }
}
