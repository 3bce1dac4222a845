import Scenario
import SimHarness
import SimKernel
import ConsumerModel
import SimTestSupport
import Testing
import Verification

/// Canary tests: a deliberately broken model must make its checker fire, and the same load on
/// the unbroken model must pass every checker.
///
/// The smoke fleet offers about 68 records/s per shard; the declared write limit is lowered to
/// 50 records/s so that entries are throttled and retried, and a bucket scaled ×2 over-admits
/// (100/s) or ×½ rejects with room to spare (25/s), under each throttling model in turn.
@Suite("Canaries")
struct CanaryTests {
    static let declaredRecordsPerSecond: Int64 = 50

    static func config(throttling model: String = "token-bucket") -> WorldConfig {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.limits.writeRecordsPerSecond = declaredRecordsPerSecond
        config.limits.writeThrottling = .init(rawValue: model)!
        return config
    }

    static let unbroken = ScenarioFixtures.run(config())

    func invariant(_ name: String, of result: RunResult) throws -> InvariantResult {
        try #require(result.invariants.first { $0.name == name })
    }

    /// The named checkers fire, every other one holds, and the verdict is `.invariant`.
    func expectFiring(_ firing: Set<String>, in result: RunResult, mentioning text: String) throws {
        for checker in result.invariants {
            #expect(checker.holds == !firing.contains(checker.name), "\(checker.name): \(checker.firstViolation ?? "held")")
        }
        for name in firing {
            let message = try #require(try invariant(name, of: result).firstViolation)
            #expect(message.contains(text), "\(name): \(message)")
        }
        #expect(Verdict.of(result, objectives: []) == .invariant)
    }

    @Test func theUnbrokenModelUnderTheSameLoadHoldsEveryInvariant() {
        let result = Self.unbroken
        #expect(result.invariants.map(\.name) == ["conservation", "at-least-once", "shard-order", "key-order", "write-throttle",
                                                     "read-limits", "retention", "window-completeness", "liveness"])
        #expect(result.invariantsHold, "\(result.invariants)")
        // The load really exercises throttling and retries.
        #expect(result.metrics.throttledEntries > 0)
        #expect(result.fleet.retries > 0)
        #expect(Verdict.of(result, objectives: []) == .pass)
    }

    @Test func aFleetThatForgetsARetriedEntryBreaksConservation() throws {
        var config = Self.config()
        config.fleet.producer = .plugin(ForgetfulProducer(retry: config.fleet.retry))
        let result = ScenarioFixtures.run(config)
        try expectFiring(["conservation"], in: result, mentioning: "unaccounted")
    }

    @Test func windowsThatLoseRecordsBreakCompleteness() throws {
        var config = Self.config()
        guard case .windows(let windows) = config.consumers[0].operators[0] else {
            Issue.record("the smoke scenario's first consumer starts with a window operator")
            return
        }
        config.consumers[0].operators[0] = .plugin(ForgetfulWindows(config: windows))
        let result = ScenarioFixtures.run(config)
        try expectFiring(["window-completeness"], in: result, mentioning: "dashboard/0: window at")
        #expect(try invariant("window-completeness", of: result).firstViolation?.contains("and 0 late") == true)
    }

    @Test func aConsumerThatSkipsARecordBreaksAtLeastOnce() throws {
        var config = Self.config()
        config.consumers[1].kind = DefectiveConsumer.kind(.skipsRecord)
        let result = ScenarioFixtures.run(config)
        #expect(result.metrics.consumers[0].delivered == result.metrics.accepted)
        #expect(result.metrics.consumers[1].delivered < result.metrics.accepted)
        try expectFiring(["at-least-once"], in: result, mentioning: "consumer archiver read past")
    }

    @Test func aConsumerThatReordersABatchBreaksShardOrder() throws {
        var config = Self.config()
        config.consumers[0].kind = DefectiveConsumer.kind(.reordersBatch)
        let result = ScenarioFixtures.run(config)
        // Every record still arrives once: only the order broke.
        #expect(try invariant("at-least-once", of: result).holds)
        #expect(result.metrics.consumers[0].redeliveries == 0)
        let order = try invariant("shard-order", of: result)
        let message = try #require(order.firstViolation)
        #expect(message.contains("consumer dashboard processed shardId-"), "\(message)")
        #expect(message.contains("sequence numbers went backwards"))
        #expect(try invariant("conservation", of: result).holds)
        #expect(try invariant("write-throttle", of: result).holds)
        #expect(Verdict.of(result, objectives: []) == .invariant)
    }

    @Test func aBucketRunningAtTwiceTheLimitIsCaughtOverAdmitting() throws {
        let result = ScenarioFixtures.run(Self.config(), stream: BrokenStreams.scalingWrites(by: 2, over: 1))
        // More is accepted than the unbroken stream accepts under the same load.
        #expect(result.metrics.accepted > Self.unbroken.metrics.accepted)
        try expectFiring(["write-throttle"], in: result, mentioning: "over-admitted")
    }

    @Test func aBucketRunningAtHalfTheLimitIsCaughtRejectingWithRoomToSpare() throws {
        let result = ScenarioFixtures.run(Self.config(), stream: BrokenStreams.scalingWrites(by: 1, over: 2))
        #expect(result.metrics.throttledEntries > Self.unbroken.metrics.throttledEntries)
        try expectFiring(["write-throttle"], in: result, mentioning: "although accepting it kept every interval within")
    }

    @Test(arguments: ["sliding-window", "fixed-window"])
    func aWindowRunningAtTwiceTheLimitIsCaughtOverAdmitting(model: String) throws {
        let unbroken = ScenarioFixtures.run(Self.config(throttling: model))
        #expect(unbroken.invariantsHold, "\(unbroken.invariants)")
        #expect(unbroken.metrics.throttledEntries > 0)
        let result = ScenarioFixtures.run(Self.config(throttling: model), stream: BrokenStreams.scalingWrites(by: 2, over: 1))
        #expect(result.metrics.accepted > unbroken.metrics.accepted)
        try expectFiring(["write-throttle"], in: result, mentioning: "over-admitted")
    }

    @Test(arguments: ["sliding-window", "fixed-window"])
    func aWindowRunningAtHalfTheLimitIsCaughtRejectingWithRoomToSpare(model: String) throws {
        let unbroken = ScenarioFixtures.run(Self.config(throttling: model))
        let result = ScenarioFixtures.run(Self.config(throttling: model), stream: BrokenStreams.scalingWrites(by: 1, over: 2))
        #expect(result.metrics.throttledEntries > unbroken.metrics.throttledEntries)
        try expectFiring(["write-throttle"], in: result, mentioning: "although accepting it kept the")
    }
}

/// Canaries of the checkers of consumer kinds beyond raw polling, and of liveness: each broken
/// variant (in `SimTestSupport`) makes its checker fire, on the smoke fleet.
@Suite("Consumer canaries")
struct ConsumerCanaryTests {
    static func smoke(_ kind: ConsumerKind, consumer index: Int = 1) -> RunResult {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.consumers[index].kind = kind
        return ScenarioFixtures.run(config)
    }

    func firing(_ result: RunResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.invariants.filter { !$0.holds }.map { ($0.name, $0.firstViolation ?? "") })
    }

    @Test func aKCLApplicationOnTheSmokeFleetHoldsEveryInvariant() {
        let result = Self.smoke(.kcl(KCLConfig(workers: 2)))
        #expect(result.invariants.map(\.name).contains("lease-ownership"))
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    @Test func aWorkerThatStopsRenewingWhileRunningBreaksLeaseOwnership() throws {
        let fired = firing(Self.smoke(StalledRenewer.kind(KCLConfig(workers: 2))))
        let message = try #require(fired["lease-ownership"])
        #expect(message.contains("while worker 0, alive, still held it"), "\(message)")
    }

    @Test func aProcessorThatDropsARecordButCheckpointsPastItBreaksCheckpoints() throws {
        let fired = firing(Self.smoke(DefectiveConsumer.kcl(KCLConfig(workers: 1, checkpointEvery: 10), .skipsRecord)))
        let message = try #require(fired["checkpoints"])
        #expect(message.contains("with only the records below"), "\(message)")
        #expect(fired["at-least-once"] != nil)
    }

    @Test func aLambdaMappingWithTenLanesOnTheSmokeFleetHoldsEveryInvariant() {
        let result = Self.smoke(.lambda(LambdaConfig(batchSize: 10, parallelization: 10, bisectOnError: true, failureRate: 0.05)))
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    @Test func aMappingThatSpreadsAKeyOverItsLanesBreaksKeyOrder() throws {
        let settings = LambdaConfig(batchSize: 10, parallelization: 10, invocationOverhead: .uniform(min: .zero, max: .milliseconds(200)))
        let fired = firing(Self.smoke(KeySpreadingMapping.kind(settings)))
        let message = try #require(fired["key-order"])
        #expect(message.contains("consumer archiver"), "\(message)")
        #expect(fired["at-least-once"] == nil && fired["checkpoints"] == nil)
    }

    @Test func aConsumerThatNeverReadsAShardBreaksLiveness() throws {
        let fired = firing(Self.smoke(ShardNeglecter.kind))
        #expect(Set(fired.keys) == ["liveness"])
        #expect(try #require(fired["liveness"]).contains("consumer archiver had"))
    }
}
