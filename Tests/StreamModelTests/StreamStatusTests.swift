import Testing
import SimKernel
@testable import StreamModel

/// The stream's status around resharding calls (RS7, RS8): a call returns at once, its reshard
/// is in force, and the stream stays UPDATING for `updatingDuration` while reads and writes go
/// on; another call meanwhile is refused with `ResourceInUseException` and changes nothing.
struct StreamStatusTests {
    typealias F = StreamFixture

    static let t = F.at(s: 1)
    static let updating = SimDuration.milliseconds(500)

    @Test func test_RS7_aSplitIsInForceAtOnceAndTheStreamIsUpdatingForExactlyItsDuration() throws {
        var stream = F.stream(shards: 1)
        #expect(stream.status(at: Self.t) == .active)
        let children = try stream.splitShard(0, at: F.key(127), now: Self.t)
        #expect(stream.shards[0].state == .closed && stream.openShardIndexes == children)
        #expect(stream.status(at: Self.t) == .updating)
        #expect(stream.status(at: Self.t + Self.updating - .nanoseconds(1)) == .updating)
        #expect(stream.status(at: Self.t + Self.updating) == .active)
    }

    @Test func test_RS7_writesAndReadsGoOnWhileTheStreamIsUpdating() throws {
        var stream = F.stream(shards: 1)
        let reader = stream.registerReader(at: .trimHorizon)
        try stream.splitShard(0, at: F.key(127), now: Self.t)
        let during = Self.t + .milliseconds(100)
        #expect(try stream.route(F.key(127), at: during, payload: 7) == 2)
        #expect(stream.getShardIterator(reader: reader, shard: 2, now: during) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 2, limit: 10, now: during) == .records(first: 0, count: 1, bytes: 10))
    }

    @Test func test_RS8_anotherCallWhileUpdatingIsRefusedAndChangesNothing() throws {
        var stream = F.stream(shards: 2)
        try stream.splitShard(0, at: 5, now: Self.t)
        let before = (stream.shards.count, stream.openShardIndexes)
        let last = Self.t + Self.updating - .nanoseconds(1)
        let calls: [(String, (inout DataStream<Int>) throws(ReshardRejected) -> Void)] = [
            ("split", { stream throws(ReshardRejected) in try stream.splitShard(1, at: F.key(127) + 1, now: last) }),
            ("merge", { stream throws(ReshardRejected) in try stream.mergeShards(3, 1, now: last) }),
            ("update", { stream throws(ReshardRejected) in try stream.updateShardCount(target: 4, now: last) }),
        ]
        for (name, call) in calls {
            #expect(stream.reshardRejection(call) == .streamUpdating(until: Self.t + Self.updating), "\(name)")
            #expect((stream.shards.count, stream.openShardIndexes) == before, "\(name)")
        }
        // Refused calls do not prolong the status: the next call at its end goes through.
        #expect(try stream.mergeShards(3, 1, now: Self.t + Self.updating) == 4)
    }

    @Test func test_RS8_theRefusalIsAResourceInUseException() {
        let refusal = ReshardRejected.streamUpdating(until: Self.t + Self.updating)
        #expect(refusal.description.hasPrefix("ResourceInUseException: the stream is UPDATING"))
    }

    @Test func test_RS7_onDemandSplitsAreTheServicesAndNeitherWaitForNorStartTheStatus() throws {
        var stream = F.stream(shards: 2)
        try stream.splitShard(0, at: 5, now: Self.t)
        let during = Self.t + .milliseconds(1)
        #expect(try stream.splitShard(1, at: F.key(127) + 1, now: during, byService: true) == [4, 5])
        #expect(stream.status(at: Self.t + Self.updating) == .active)
        var quiet = F.stream(shards: 1)
        try quiet.splitShard(0, at: 5, now: Self.t, byService: true)
        #expect(quiet.status(at: Self.t) == .active)
    }

    @Test func test_RS7_theDurationIsALimit() throws {
        var limits = StreamLimits()
        limits.updatingDuration = .seconds(30)
        var stream = F.stream(shards: 2, limits: limits)
        try stream.mergeShards(0, 1, now: Self.t)
        #expect(stream.status(at: Self.t + .seconds(30) - .nanoseconds(1)) == .updating)
        #expect(stream.status(at: Self.t + .seconds(30)) == .active)
    }
}
