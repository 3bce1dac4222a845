import Scenario
import SimHarness
import SimKernel
import StreamModel
import SimTestSupport
import Testing

/// The split-and-merge scenarios (RS5, RS6, S5): the same load and the same reshards, read
/// parent-first (per-key order holds) and immediately (the key-order checker fires, naming the
/// key and both sequence numbers). Shortened to 4 m 30 s: both operations still happen.
@Suite struct ReshardScenarioTests {
    static func spec(_ name: String) -> ScenarioSpec {
        ScenarioFixtures.overriding(ScenarioFixtures.load(name).spec, duration: .seconds(270))
    }

    static let parentFirst = ScenarioFixtures.run(spec("reshard-parent-first"))
    static let immediate = ScenarioFixtures.run(spec("reshard-immediate"))

    @Test func test_RS6_drainingParentsFirstKeepsEveryKeyInOrder() {
        let result = Self.parentFirst
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        #expect(Verdict.of(result, objectives: []) == .pass)
        #expect(result.orderViolations == [0])
    }

    @Test func test_RS6_readingChildrenAtOnceBreaksPerKeyOrderAndIsNamed() throws {
        let result = Self.immediate
        let keyOrder = try #require(result.invariants.first { $0.name == "key-order" })
        let message = try #require(keyOrder.firstViolation)
        #expect(message.hasPrefix("consumer naive processed key "), "\(message)")
        #expect(message.contains(" after 49"), "\(message)")
        #expect(result.orderViolations[0] == keyOrder.violations)
        // Everything else holds: only the order broke, nothing was lost or skipped.
        #expect(result.invariants.filter { !$0.holds }.map(\.name) == ["key-order"])
        #expect(Verdict.of(result, objectives: []) == .invariant)
    }

    @Test func test_RS1_RS3_theSplitAndTheMergeLeaveLineage() throws {
        let shards = Self.parentFirst.shards
        #expect(shards.map(\.state) == ["CLOSED", "OPEN", "CLOSED", "CLOSED", "OPEN", "OPEN", "OPEN"])
        #expect(shards[4].parentShardID == "shardId-000000000000" && shards[4].adjacentParentShardID == nil)
        #expect(shards[5].parentShardID == "shardId-000000000000")
        #expect(shards[6].parentShardID == "shardId-000000000002" && shards[6].adjacentParentShardID == "shardId-000000000003")
        #expect(Self.parentFirst.reshards.map(\.refusal) == [nil, nil])
    }

    @Test func test_RS5_newWritesGoToChildrenAndTheParentsKeepTheirRecords() {
        let result = Self.parentFirst
        for child in 4...6 { #expect(result.metrics.shards[child].incomingRecords > 0) }
        // Every record, parents' and children's, reached the consumer exactly once.
        #expect(result.metrics.consumers[0].delivered == result.metrics.accepted)
        #expect(result.undelivered == [0])
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec("reshard-immediate")).digest == Self.immediate.digest)
        #expect(Self.parentFirst.digest != Self.immediate.digest)
    }

    @Test func aRefusedOperationChangesNothingAndIsReported() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.operations = [ScheduledOperation(at: .seconds(10), operation: .merge(shard: 0, adjacent: 7)),
                             ScheduledOperation(at: .seconds(20), operation: .split(shard: 1)),
                             ScheduledOperation(at: .seconds(30), operation: .split(shard: 1))]
        let result = ScenarioFixtures.run(config)
        #expect(result.reshards.map { $0.refusal != nil } == [true, false, true])
        let refusal = try #require(result.reshards[2].refusal)
        #expect(refusal == "ResourceInUseException: shardId-000000000001 is CLOSED, only OPEN shards can be resharded")
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    /// Split at 20 s, then a merge of its children 499 ms later (refused: UPDATING, and the
    /// children do not exist yet) and again at 500 ms, the instant the split completes (done: a
    /// completion settles before the calls of its instant); an UpdateShardCount 100 ms later is
    /// refused too, the merge being under way.
    @Test func test_RS8_aCallWhileTheStreamIsUpdatingIsRefusedAndListed() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.operations = [ScheduledOperation(at: .seconds(20), operation: .split(shard: 1)),
                             ScheduledOperation(at: .seconds(20) + .milliseconds(499), operation: .merge(shard: 2, adjacent: 3)),
                             ScheduledOperation(at: .seconds(20) + .milliseconds(500), operation: .merge(shard: 2, adjacent: 3)),
                             ScheduledOperation(at: .seconds(20) + .milliseconds(600), operation: .updateShardCount(target: 4))]
        let result = ScenarioFixtures.run(config)
        #expect(result.reshards.map { $0.refusal != nil } == [false, true, false, true])
        let refusal = try #require(result.reshards[1].refusal)
        #expect(refusal.hasPrefix("ResourceInUseException: the stream is UPDATING"), "\(refusal)")
        #expect(result.reshards[3].refusal?.hasPrefix("ResourceInUseException") == true)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    /// RS7: a split called at 20 s with `updatingDuration` 30 s is in force at 50 s: the parent
    /// takes every write until then, its children from then on.
    @Test func test_RS7_theParentTakesTheWritesUntilTheSplitCompletes() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.operations = [ScheduledOperation(at: .seconds(20), operation: .split(shard: 1))]
        let quick = ScenarioFixtures.run(config)
        config.limits.updatingDuration = .seconds(30)
        let result = ScenarioFixtures.run(config)
        let record = try #require(result.reshards.first)
        #expect(record.completedAt == .zero + .seconds(50))
        #expect(record.description.hasSuffix("(in force at t=50s)"), "\(record.description)")
        #expect(result.metrics.shards[1].closedAt == .zero + .seconds(50))
        #expect(result.metrics.shards[2...].allSatisfy { $0.openedAt == .zero + .seconds(50) })
        // Shard 1 took its half of the writes for 50 s instead of 20.5 s.
        let (slow, fast) = (result.metrics.shards[1].incomingRecords, quick.metrics.shards[1].incomingRecords)
        #expect(slow > 2 * fast && slow < 3 * fast, "\(slow) records against \(fast)")
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    /// RS7, RS9: autoscaling's UpdateShardCount takes `updateShardCountDuration`; a call still
    /// under way when the run ends is listed as such and changes nothing.
    @Test func test_RS7_aCallStillUnderWayAtTheEndIsListedAndChangesNothing() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.operations = [ScheduledOperation(at: .seconds(100), operation: .updateShardCount(target: 4))]
        let result = ScenarioFixtures.run(config)
        let record = try #require(result.reshards.first)
        #expect(record.refusal == nil && record.completedAt == nil && record.created.isEmpty)
        #expect(record.description.hasSuffix("still under way at the end of the run"), "\(record.description)")
        #expect(result.shards.count == 2)
    }

    /// SplitShard and MergeShards exist for provisioned streams only: an on-demand stream refuses them.
    @Test func test_C1_anOnDemandStreamRefusesSplitAndMergeCalls() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.capacity = .onDemand(OnDemandPolicy())
        config.operations = [ScheduledOperation(at: .seconds(10), operation: .split(shard: 0)),
                             ScheduledOperation(at: .seconds(11), operation: .merge(shard: 0, adjacent: 1))]
        let refusals = ScenarioFixtures.run(config).reshards.map(\.refusal)
        #expect(refusals == ["ValidationException: SplitShard is only supported for streams in provisioned mode",
                             "ValidationException: MergeShards is only supported for streams in provisioned mode"])
    }

    /// RS9, RS6: 2 → 3 shards goes through two intermediate shards (each old shard is cut at a
    /// third, the two middle pieces merge). Every kind of consumer reads through them, parents
    /// first: nothing is lost or left unread, and per-key order holds. (A fan-out consumer once
    /// waited forever on an intermediate shard, closed before it subscribed.)
    @Test(arguments: [(ConsumerType.polling, KCLRetrieval.polling), (.kcl, .polling), (.kcl, .fanout), (.efo, .polling),
                      (.lambda, .polling)])
    func test_RS9_everyConsumerKindReadsThroughIntermediateShards(type: ConsumerType, retrieval: KCLRetrieval) throws {
        var spec = ScenarioFixtures.smoke.spec
        var consumer = ConsumerSpec(name: "reader", type: type, reshardOrder: .parentFirst)
        consumer.retrieval = retrieval
        spec.consumers = [consumer]
        spec.stream.limits.updateShardCountDuration = .seconds(5)
        spec.faults = [FaultSpec(at: .seconds(30), action: .updateShardCount(target: 3))]
        let result = ScenarioFixtures.run(spec)
        let record = try #require(result.reshards.first)
        #expect(record.completedAt == .zero + .seconds(35) && record.created.count == 5, "\(record)")
        #expect(result.shards.filter { $0.state == "OPEN" }.count == 3)
        #expect(result.invariantsHold, "\(type): \(result.invariants.filter { !$0.holds }.map { "\($0.name): \($0.firstViolation ?? "")" })")
        #expect(result.lost == 0 && result.metrics.consumers[0].delivered >= result.fleet.emitted)
    }
}
