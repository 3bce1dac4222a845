import Testing
import SimKernel
@testable import StreamModel

/// Visibility delay (§8, R5): a record is readable from arrival + delay on, not a nanosecond
/// before; a read returns only the visible prefix and stops at the first invisible record, even
/// when a later one is visible, so a call may come back empty while data exists.
struct VisibilityTests {
    typealias F = StreamFixture

    static let delay = SimDuration.milliseconds(100)

    /// A one-shard stream with a constant 100 ms delay and a TRIM_HORIZON reader.
    func delayedStream() -> (DataStream<Int>, Int) {
        var stream = F.stream(visibilityDelay: .constant(Self.delay))
        let reader = stream.startReader(at: .trimHorizon)
        return (stream, reader)
    }

    @Test func test_R5_recordIsInvisibleBeforeArrivalPlusDelayAndVisibleExactlyThen() throws {
        var (stream, reader) = delayedStream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(s: 1))
        #expect(stream.record(shard: 0, offset: 0).visibleAt == F.at(s: 1) + Self.delay)
        let visible = F.at(s: 1) + Self.delay
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: visible - .nanoseconds(1)) == .records(first: 0, count: 0, bytes: 0))
        #expect(stream.position(reader: reader, shard: 0) == 0)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: visible) == .records(first: 0, count: 1, bytes: 10))
    }

    @Test func test_R5_readReturnsOnlyTheVisiblePrefix() throws {
        var (stream, reader) = delayedStream()
        _ = try stream.put(F.entries(2, bytes: 10), at: F.at(ms: 1_000))
        _ = try stream.put(F.entries(3, bytes: 10, firstPayload: 2), at: F.at(ms: 1_050))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(ms: 1_100)) == .records(first: 0, count: 2, bytes: 20))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(ms: 1_150)) == .records(first: 2, count: 3, bytes: 30))
    }

    /// Record 0 becomes visible 200 ms after record 1 (delays drawn per record can do that).
    @Test func test_R5_readStopsAtTheFirstInvisibleRecordAndNeverSkipsIt() {
        var shard = Shard<Int>(index: 0, range: HashKeyRange(start: 0, end: .max), limits: StreamLimits())
        #expect(shard.append(bytes: 10, payload: 0, now: .zero, visibilityDelay: .milliseconds(200)) == 0)
        #expect(shard.append(bytes: 10, payload: 1, now: .zero, visibilityDelay: .zero) == 1)
        #expect(shard.read(from: 0, limit: 10, maxBytes: 1_000, now: F.at(ms: 100)) == .records(first: 0, count: 0, bytes: 0))
        #expect(shard.read(from: 0, limit: 10, maxBytes: 1_000, now: F.at(ms: 200)) == .records(first: 0, count: 2, bytes: 20))
    }

    /// Random per-record delays: at every probe time, a read returns exactly the records before
    /// the first one not yet visible.
    @Test(arguments: [50, 150, 250, 350, 450, 550, 650] as [Int64])
    func test_R5_withRandomDelaysAReadReturnsTheVisiblePrefix(probeMs: Int64) throws {
        var stream = F.stream(visibilityDelay: .uniform(min: .zero, max: .milliseconds(400)), seed: 7)
        let reader = stream.startReader(at: .trimHorizon)
        for index in 0..<20 {
            _ = try stream.put([F.entry(bytes: 10, payload: index)], at: F.at(ms: Int64(10 * index)))
        }
        let visibleAt = (0..<20).map { stream.record(shard: 0, offset: UInt64($0)).visibleAt }
        for (index, time) in visibleAt.enumerated() {
            let arrival = F.at(ms: Int64(10 * index))
            #expect(time >= arrival && time <= arrival + .milliseconds(400))
        }
        try #require(zip(visibleAt, visibleAt.dropFirst()).contains { $0 > $1 }, "the delays never reorder visibility")
        let now = F.at(ms: probeMs)
        let expected = visibleAt.firstIndex { $0 > now } ?? visibleAt.count
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: now) == .records(first: 0, count: expected, bytes: Int64(10 * expected)))
    }

    /// R9 waits for visibility: a CLOSED shard is not finished while a record is still invisible.
    @Test func test_R9_closedShardWithAnInvisibleRecordHasNotEnded() throws {
        var (stream, reader) = delayedStream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(s: 1))
        try stream.splitShard(0, at: F.key(127), now: F.at(s: 1))
        let visible = F.at(s: 1) + Self.delay
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: visible - .nanoseconds(1)) == .records(first: 0, count: 0, bytes: 0))
        #expect(!stream.cursor(reader: reader, shard: 0).ended)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: visible) == .records(first: 0, count: 1, bytes: 10))
        #expect(stream.cursor(reader: reader, shard: 0).ended)
    }
}
