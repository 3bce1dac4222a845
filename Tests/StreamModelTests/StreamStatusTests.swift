import Testing
import SimKernel
@testable import StreamModel

/// The stream's status around resharding calls (RS7, RS8): a call is validated and returns at
/// once; the stream is UPDATING until it completes, `updatingDuration` (split, merge) or
/// `updateShardCountDuration` later, and only then do its children exist; the parents take the
/// writes meanwhile. Another call meanwhile is refused with `ResourceInUseException`.
struct StreamStatusTests {
    typealias F = StreamFixture

    static let t = F.at(s: 1)
    static let updating = SimDuration.milliseconds(500)

    @Test func test_RS7_aSplitTakesEffectWhenItsCallCompletesAndTheStreamIsUpdatingUntilThen() throws {
        var stream = F.stream(shards: 1)
        #expect(stream.status == .active)
        let completesAt = try stream.begin(.split(shard: 0, newStartingHashKey: F.key(127)), now: Self.t)
        #expect(completesAt == Self.t + Self.updating)
        #expect(stream.status == .updating)
        #expect(stream.shards.count == 1 && stream.shards[0].state == .open)
        #expect(stream.completePendingCall(now: completesAt) == [1, 2])
        #expect(stream.status == .active)
        #expect(stream.shards[0].state == .closed && stream.openShardIndexes == [1, 2])
        #expect(stream.shards[1].openedAt == completesAt)
    }

    @Test func test_RS7_thePartentTakesWritesAndReadsUntilTheCallCompletes() throws {
        var stream = F.stream(shards: 1)
        let reader = stream.registerReader(at: .trimHorizon)
        let completesAt = try stream.begin(.split(shard: 0, newStartingHashKey: F.key(127)), now: Self.t)
        let during = completesAt - .nanoseconds(1)
        #expect(try stream.route(F.key(127), at: during, payload: 7) == 0)
        #expect(stream.getShardIterator(reader: reader, shard: 0, now: during) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: during) == .records(first: 0, count: 1, bytes: 10))
        stream.completePendingCall(now: completesAt)
        #expect(try stream.route(F.key(127), at: completesAt, payload: 8) == 2)
    }

    @Test func test_RS8_anotherCallWhileUpdatingIsRefusedAndChangesNothing() throws {
        var stream = F.stream(shards: 2)
        let completesAt = try stream.begin(.split(shard: 0, newStartingHashKey: 5), now: Self.t)
        let calls: [ReshardCall] = [.split(shard: 1, newStartingHashKey: F.key(127) + 1), .merge(shard: 0, adjacent: 1),
                                    .updateShardCount(target: 4)]
        for call in calls {
            #expect(throws: ReshardRejected.streamUpdating(until: completesAt), "\(call)") {
                try stream.begin(call, now: completesAt)  // even at its end, until it has completed
            }
            #expect(stream.pendingCall?.call == .split(shard: 0, newStartingHashKey: 5), "\(call)")
        }
        stream.completePendingCall(now: completesAt)
        // Refused calls do not prolong the status: the next call at the completion goes through.
        #expect(try stream.begin(.merge(shard: 3, adjacent: 1), now: completesAt) == completesAt + Self.updating)
    }

    @Test func test_RS8_theRefusalIsAResourceInUseException() {
        let refusal = ReshardRejected.streamUpdating(until: Self.t + Self.updating)
        #expect(refusal.description.hasPrefix("ResourceInUseException: the stream is UPDATING"))
    }

    /// RS1, RS2: what the call could never do is refused when it is made, and nothing is pending.
    @Test func test_RS7_aCallIsValidatedWhenMade() {
        var stream = F.stream(shards: 2)
        #expect(throws: ReshardRejected.noSuchShard(9)) { try stream.begin(.split(shard: 9, newStartingHashKey: 1), now: Self.t) }
        #expect(throws: ReshardRejected.splitKeyOutsideRange(shard: "shardId-000000000001", key: 0)) {
            try stream.begin(.split(shard: 1, newStartingHashKey: 0), now: Self.t)
        }
        #expect(stream.status == .active)
    }

    @Test func test_RS7_onDemandSplitsAreTheServicesAndNeitherWaitForNorStartTheStatus() throws {
        var stream = F.stream(shards: 2)
        try stream.begin(.merge(shard: 0, adjacent: 1), now: Self.t)
        #expect(try stream.reshard(.split(shard: 1, newStartingHashKey: F.key(127) + 1), now: Self.t + .milliseconds(1)) == [2, 3])
        #expect(stream.status == .updating)
        var quiet = F.stream(shards: 1)
        try quiet.reshard(.split(shard: 0, newStartingHashKey: 5), now: Self.t)
        #expect(quiet.status == .active)
    }

    @Test func test_RS7_theDurationsAreLimits() throws {
        var limits = StreamLimits()
        limits.updatingDuration = .seconds(30)
        var stream = F.stream(shards: 2, limits: limits)
        #expect(try stream.begin(.merge(shard: 0, adjacent: 1), now: Self.t) == Self.t + .seconds(30))
        #expect(StreamLimits().updateShardCountDuration == .minutes(3))
        var scaled = F.stream(shards: 2)
        #expect(try scaled.begin(.updateShardCount(target: 4), now: Self.t) == Self.t + .minutes(3))
    }
}
