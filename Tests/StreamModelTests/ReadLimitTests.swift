import Testing
import SimKernel
@testable import StreamModel

/// Shared read limits per shard (§5, R1–R4): 5 successful calls in any `(t − 1 s, t]`, and an
/// overdrawable 2 MiB/s read bucket; a throttled call returns nothing and uses no slot.
struct ReadLimitTests {
    typealias F = StreamFixture

    /// A one-shard stream with `records` records of `bytes` bytes at t = 0, and one reader.
    func loaded(records: Int, bytes: Int64, limits: StreamLimits = F.fastWrites) throws -> (DataStream<Int>, Int) {
        var stream = F.stream(limits: limits)
        var written = 0
        while written < records {
            let count = min(500, records - written, Int(5_242_880 / bytes))
            _ = try stream.put(F.entries(count, bytes: bytes, firstPayload: written), at: .zero)
            written += count
        }
        let reader = stream.startReader(at: .trimHorizon)
        return (stream, reader)
    }

    func isThrottled(_ outcome: ReadOutcome) -> Bool { outcome == .throttled }

    @Test func test_R1_fiveCallsPerSecondThenTheSixthIsThrottled() throws {
        var (stream, reader) = try loaded(records: 1, bytes: 10)
        for ms in [0, 100, 200, 300, 400] as [Int64] {
            #expect(!isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))))
        }
        #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: 500))))
        #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ns: 999_999_999))))
        // The oldest call (t = 0) is now exactly 1 s old.
        #expect(!isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(s: 1))))
        // Next oldest is t = 100 ms.
        #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ns: 1_099_999_999))))
        #expect(!isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: 1_100))))
    }

    @Test func test_R1_throttledCallsConsumeNoSlot() throws {
        var (stream, reader) = try loaded(records: 1, bytes: 10)
        for ms in [0, 100, 200, 300, 400] as [Int64] {
            _ = stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))
        }
        for ms in [500, 600, 700, 800, 900] as [Int64] {
            #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))))
        }
        // Had the throttled calls taken slots, these would be throttled too.
        for ms in [1_000, 1_100, 1_200, 1_300, 1_400] as [Int64] {
            #expect(!isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))))
        }
    }

    @Test func test_R1_callLimitIsSharedByAllReadersOfAShard() throws {
        var (stream, first) = try loaded(records: 10, bytes: 10)
        let second = stream.startReader(at: .trimHorizon)
        for ms in [0, 100, 200] as [Int64] {
            #expect(!isThrottled(stream.getRecords(reader: first, shard: 0, limit: 1, now: F.at(ms: ms))))
        }
        for ms in [300, 400] as [Int64] {
            #expect(!isThrottled(stream.getRecords(reader: second, shard: 0, limit: 1, now: F.at(ms: ms))))
        }
        #expect(isThrottled(stream.getRecords(reader: second, shard: 0, limit: 1, now: F.at(ms: 500))))
        #expect(isThrottled(stream.getRecords(reader: first, shard: 0, limit: 1, now: F.at(ms: 500))))
    }

    @Test func test_R4_throttledCallReturnsNothingAndKeepsThePosition() throws {
        var (stream, reader) = try loaded(records: 10, bytes: 10)
        for ms in [0, 100, 200, 300, 400] as [Int64] {
            _ = stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))
        }
        #expect(stream.position(reader: reader, shard: 0) == 5)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 5, now: F.at(ms: 500)) == .throttled)
        #expect(stream.position(reader: reader, shard: 0) == 5)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 5, now: F.at(s: 1)) == .records(first: 5, count: 5, bytes: 50))
    }

    /// 10 records of 1 MiB written one per second at default limits; read in one call at 9 s.
    @Test func test_R4_tenMiBCallThrottlesReadsForFourSeconds() throws {
        var stream = F.stream()
        for second in 0..<10 as Range<Int64> {
            #expect(try stream.put([F.entry(bytes: 1_048_576, payload: Int(second))], at: F.at(s: second)).failed == 0)
        }
        let reader = stream.startReader(at: .trimHorizon)
        let start = F.at(s: 9)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10_000, now: start)
                    == .records(first: 0, count: 10, bytes: 10_485_760))
        // 2 MiB − 10 MiB = −8 MiB of debt, repaid at 2 MiB/s: exactly 4 s.
        for offset in [1, 200_000_000, 1_000_000_000, 2_500_000_000, 3_999_999_999] as [Int64] {
            #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 10, now: start + .nanoseconds(offset))),
                    "at +\(offset) ns")
        }
        #expect(!isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 10, now: start + .seconds(4))))
    }

    /// Bytes returned by 50 calls of one 1 MiB record each, one every 200 ms (the 5 calls/s),
    /// taken in turn by `readers` readers of one shard.
    func bytesReadInTurns(readers count: Int) throws -> [Int64] {
        var (stream, first) = try loaded(records: 60, bytes: 1_048_576)
        let readers = [first] + (1..<count).map { _ in stream.startReader(at: .trimHorizon) }
        var bytes = [Int64](repeating: 0, count: count)
        for call in 0..<50 {
            let outcome = stream.getRecords(reader: readers[call % count], shard: 0, limit: 1, now: F.at(ms: Int64(call) * 200))
            if case .records(_, _, let returned) = outcome { bytes[call % count] += returned }
        }
        return bytes
    }

    /// 5 MiB/s asked of a shard that serves 2 MiB/s: in the 9.8 s from the first call to the
    /// last, the bucket's 2 MiB plus 19.6 MiB earned, plus at most one record of overdraw, and
    /// no less than 2 MiB/s minus one record; two readers together get what one alone gets.
    @Test func test_R2_readersOfAShardShareItsTwoMiBPerSecond() throws {
        let mebibyte: Int64 = 1_048_576
        let alone = try bytesReadInTurns(readers: 1).reduce(0, +)
        let shared = try bytesReadInTurns(readers: 2)
        #expect(shared.reduce(0, +) == alone)
        #expect(alone <= 2 * mebibyte + 19_600 * mebibyte / 1_000 + mebibyte)
        #expect(alone >= 19_600 * mebibyte / 1_000 - mebibyte)
        #expect(shared.allSatisfy { $0 > 0 && $0 < alone }, "\(shared)")
    }

    @Test func test_R4a_overdrawByOneByteThrottlesUntilThatByteIsEarned() throws {
        // 2 MiB + 1 B in one call leaves −1 B; 2,097,152 B/s earns a byte in 476.84 ns.
        var stream = F.stream(limits: F.fastWrites)
        _ = try stream.put([F.entry(bytes: 1_048_576), F.entry(bytes: 1_048_576), F.entry(bytes: 1)], at: .zero)
        _ = try stream.put([F.entry(bytes: 10)], at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 3, now: .zero) == .records(first: 0, count: 3, bytes: 2_097_153))
        #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ns: 476))))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ns: 477)) == .records(first: 3, count: 1, bytes: 10))
    }

    @Test func test_R4a_callEmptyingTheBucketExactlyLeavesReadsOpen() throws {
        var stream = F.stream(limits: F.fastWrites)
        _ = try stream.put([F.entry(bytes: 1_048_576), F.entry(bytes: 1_048_576), F.entry(bytes: 10)], at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 2, now: .zero) == .records(first: 0, count: 2, bytes: 2_097_152))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: .zero) == .records(first: 2, count: 1, bytes: 10))
    }

    @Test func test_R3_callReturnsAtMostTenThousandRecords() throws {
        var (stream, reader) = try loaded(records: 10_001, bytes: 10)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10_000, now: .zero) == .records(first: 0, count: 10_000, bytes: 100_000))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10_000, now: .zero) == .records(first: 10_000, count: 1, bytes: 10))
    }

    @Test func test_R3_byteCapNeverSplitsARecordOneByteOver() throws {
        var (stream, reader) = try loaded(records: 10, bytes: 1_000_000)
        _ = try stream.put([F.entry(bytes: 485_761)], at: .zero)
        // 10,000,000 + 485,761 = 10,485,761: one byte over 10 MiB, so the 11th record waits.
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10_000, now: .zero)
                    == .records(first: 0, count: 10, bytes: 10_000_000))
        #expect(stream.position(reader: reader, shard: 0) == 10)
    }

    @Test func test_R3_byteCapExactlyTenMiBReturnsEveryRecord() throws {
        var (stream, reader) = try loaded(records: 10, bytes: 1_000_000)
        _ = try stream.put([F.entry(bytes: 485_760)], at: .zero)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10_000, now: .zero)
                    == .records(first: 0, count: 11, bytes: 10_485_760))
    }

    @Test func test_R3_limitIsRespected() throws {
        var (stream, reader) = try loaded(records: 10, bytes: 10)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 3, now: .zero) == .records(first: 0, count: 3, bytes: 30))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: .zero) == .records(first: 3, count: 1, bytes: 10))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: .zero) == .records(first: 4, count: 6, bytes: 60))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: .zero) == .records(first: 10, count: 0, bytes: 0))
    }

    @Test func test_R3_limitAboveTenThousandStops() async {
        await #expect(processExitsWith: .failure) {
            var stream = DataStream<Int>(shardCount: 1, limits: StreamLimits())
            let reader = stream.startReader(at: .trimHorizon)
            _ = stream.getRecords(reader: reader, shard: 0, limit: 10_001, now: .zero)
        }
    }

    @Test func test_R1_readLimitsArePerShard() throws {
        var stream = F.stream(shards: 2)
        _ = try stream.put([F.entry(bytes: 10, hashKey: 0), F.entry(bytes: 10, hashKey: .max)], at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        for ms in [0, 100, 200, 300, 400] as [Int64] {
            _ = stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: ms))
        }
        #expect(isThrottled(stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(ms: 500))))
        #expect(stream.getRecords(reader: reader, shard: 1, limit: 1, now: F.at(ms: 500)) == .records(first: 0, count: 1, bytes: 10))
    }
}
