import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing
import Verification

/// Canaries for the stream's read-side checkers: a stream whose read limits or retention differ
/// from what the audits were told must make them fire; the same load on the unbroken stream passes.
@Suite struct StreamCanaryTests {
    /// The smoke run's two consumers poll each shard about six times a second, more than the five
    /// successful calls allowed (R1), so reads are throttled.
    static func config(_ adjust: (inout WorldConfig) -> Void = { _ in }) -> WorldConfig {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        adjust(&config)
        return config
    }

    func firstViolation(_ name: String, of result: RunResult) -> String? {
        result.invariants.first { $0.name == name }?.firstViolation
    }

    @Test func theUnbrokenStreamPassesTheReadAudit() {
        let result = ScenarioFixtures.smokeResult
        #expect(result.metrics.throttledGetCalls > 0)
        #expect(firstViolation("read-limits", of: result) == nil)
    }

    @Test func aShardAdmittingSixCallsASecondIsCaught() throws {
        let result = ScenarioFixtures.run(Self.config(), stream: BrokenStreams.admittingReadCalls(6))
        let message = try #require(firstViolation("read-limits", of: result))
        #expect(message.contains("as the 6th successful call within one second"), "\(message)")
    }

    @Test func aShardAdmittingFourCallsASecondIsCaughtThrottlingWithRoomToSpare() throws {
        let result = ScenarioFixtures.run(Self.config(), stream: BrokenStreams.admittingReadCalls(4))
        let message = try #require(firstViolation("read-limits", of: result))
        #expect(message.contains("throttled a GetRecords call"), "\(message)")
    }

    @Test func aStreamKeepingRecordsPastRetentionIsCaught() throws {
        let result = ScenarioFixtures.run(Self.config { $0.retention = .seconds(1) }, stream: BrokenStreams.keeping(for: .hours(1)))
        #expect(result.lost == 0)
        let message = try #require(firstViolation("retention", of: result))
        #expect(message.contains("older than the retention period 1s"), "\(message)")
    }
}
