import SimKernel
import StreamModel
import Telemetry
import Testing
@testable import FleetModel

/// The KPL around a reshard (`ShardMap`, `Retrier::succeed_if_correct_shard` of
/// awslabs/amazon-kinesis-producer) and consumers' deaggregation (the KCL's
/// `AggregatorUtil.deaggregate`): one KPL gateway that listed one shard, on a stream whose
/// shard split into 1 (lower half of the keys) and 2 (upper half) after it started.
@Suite struct KPLShardsTests {
    static let middle = UInt128(1) << 127
    static let children = ShardMap(open: [(shard: 1, start: 0), (shard: 2, start: middle)])

    /// The gateway's first request (one aggregate of its sensors' first 100 ms, all predicted
    /// for shard 0) put into the split stream, and the fleet with it.
    static func firstRequestAfterASplit() -> (fleet: Fleet, stream: DataStream<Reading>, request: Int, at: SimTime) {
        var config = FleetFixture.config(devices: 300)
        config.producer = .kpl(KPLConfig())
        var fleet = Fleet(config: config)
        fleet.learnShards(ShardMap())
        let wake = fleet.start()[0]!
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        _ = try! stream.splitShard(0, at: middle, now: .zero)
        fleet.learnShards(children)
        _ = fleet.wakeKPL(gateway: 0, now: wake)
        let sent = fleet.sentRequests[0]
        fleet.arrive(request: sent.request, at: &stream, now: sent.arrivesAt)
        return (fleet, stream, sent.request, sent.arrivesAt)
    }

    /// The readings of entry 0 of `request`, split by whether `shard`'s range holds their keys.
    static func readings(_ fleet: Fleet, request: Int, within range: HashKeyRange) -> (inside: Int, outside: Int) {
        let users = fleet.requests[request].users[fleet.userRange(request: request, entry: 0)]
        let inside = users.filter { range.contains($0.entry.hashKey) }.count
        return (inside, users.count - inside)
    }

    @Test func consumersDiscardARecordHoldingReadingsOutsideItsShard() throws {
        var (fleet, stream, request, _) = Self.firstRequestAfterASplit()
        #expect(fleet.requests[request].entries.count == 1 && fleet.requests[request].predictedShards == [0])
        guard case .accepted(let shard, _) = fleet.requests[request].results[0] else { throw Failure.notAccepted }
        let range = stream.shards[Int(shard)].range
        #expect(Self.readings(fleet, request: request, within: range).outside > 0)
        let held = fleet.readingsHeld()
        #expect(fleet.noteAcceptedUsers(request: request, entry: 0, within: range) == (0, 0))
        #expect(fleet.readingsHeld() == held)  // none of its readings counts as accepted
    }

    @Test func aStaleListRetriesEveryReadingThenListsTheShardsAgain() throws {
        var (fleet, stream, request, arrival) = Self.firstRequestAfterASplit()
        guard case .accepted(let shard, _) = fleet.requests[request].results[0] else { throw Failure.notAccepted }
        _ = fleet.noteAcceptedUsers(request: request, entry: 0, within: stream.shards[Int(shard)].range)
        let users = fleet.requests[request].users.count
        let answeredAt = arrival + .milliseconds(10)
        let outcome = fleet.completeKPLResponse(request: request, now: answeredAt)
        // The list knows neither child: every reading is retried, none lost.
        #expect(fleet.counters.wrongShard == UInt64(users) && fleet.counters.discarded == 0 && outcome.dropped == 0)
        // ListShards: a round trip on the 10 ms uplink.
        #expect(fleet.gateways[0].kpl.listedAt == answeredAt + .milliseconds(20))
        // The retry, half of RecordMaxBufferedTime later, predicts by the new list: each
        // aggregate for one child, all its readings inside it.
        let retryAt = try #require(outcome.wakeAt)
        #expect(retryAt == answeredAt + .milliseconds(50))
        _ = fleet.wakeKPL(gateway: 0, now: retryAt)
        #expect(fleet.gateways[0].kpl.listedAt == nil)
        let next = fleet.sentRequests[0].request
        #expect(Set(fleet.requests[next].predictedShards) == [1, 2])
        fleet.arrive(request: next, at: &stream, now: retryAt + .milliseconds(10))
        for (entry, result) in fleet.requests[next].results.enumerated() {
            guard case .accepted(let shard, _) = result else { throw Failure.notAccepted }
            #expect(fleet.requests[next].predictedShards[entry] == shard)
            #expect(fleet.noteAcceptedUsers(request: next, entry: entry, within: stream.shards[Int(shard)].range).readings > 0)
        }
    }

    @Test func withTheNewListTheReadingsOfADiscardedRecordThatItPlacesAreLost() throws {
        var (fleet, stream, request, arrival) = Self.firstRequestAfterASplit()
        guard case .accepted(let shard, _) = fleet.requests[request].results[0] else { throw Failure.notAccepted }
        let range = stream.shards[Int(shard)].range
        _ = fleet.noteAcceptedUsers(request: request, entry: 0, within: range)
        let (inside, outside) = Self.readings(fleet, request: request, within: range)
        // The list was reloaded (by an earlier wrong-shard response) before this one arrives.
        fleet.gateways[0].kpl.listedAt = arrival
        let outcome = fleet.completeKPLResponse(request: request, now: arrival + .milliseconds(10))
        #expect(fleet.counters.wrongShard == UInt64(outside))
        #expect(fleet.counters.discarded == UInt64(inside) && outcome.dropped == inside)
        #expect(fleet.counters.dropped == UInt64(inside))
        #expect(fleet.gateways[0].kpl.listedAt == nil)  // the new list no longer shows shard 0
    }

    @Test func whileTheShardsAreListedRecordsGoAloneUnpredicted() throws {
        var (fleet, stream, request, arrival) = Self.firstRequestAfterASplit()
        guard case .accepted(let shard, _) = fleet.requests[request].results[0] else { throw Failure.notAccepted }
        _ = fleet.noteAcceptedUsers(request: request, entry: 0, within: stream.shards[Int(shard)].range)
        let outcome = fleet.completeKPLResponse(request: request, now: arrival + .milliseconds(10))
        fleet.gateways[0].kpl.listedAt = .zero + .seconds(1)  // ListShards still out at the retry
        _ = fleet.wakeKPL(gateway: 0, now: outcome.wakeAt!)
        let next = fleet.sentRequests[0].request
        #expect(fleet.requests[next].entries.count == fleet.requests[next].users.count)
        #expect(fleet.requests[next].predictedShards.allSatisfy { $0 == Int32(KPLWork.unpredicted) })
    }

    enum Failure: Error { case notAccepted }
}
