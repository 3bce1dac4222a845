import SimKernel
import StreamModel
import Testing
import Verification

/// The write-throttle audit under the two window models: every `(t − 1 s, t]` (sliding) or
/// aligned second (fixed) within the limits, and no rejection while the window had room.
@Suite("Write throttle audit, window models")
struct WriteWindowAuditTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]

    /// What the audit is shown, in order.
    enum Step {
        case accept(Int, at: SimTime, bytes: Int64 = 100, shard: Int = 0)
        case reject(at: SimTime, bytes: Int64 = 100, shard: Int = 0)
    }

    static func ms(_ milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }
    static func ns(_ nanoseconds: Int64) -> SimTime { SimTime(nanoseconds: nanoseconds) }

    /// The audit's verdict on `steps` at 5 records/s; bytes generous unless given.
    static func audited(_ model: ThrottlingModel, bytesPerSecond: Int64 = 1_048_576, _ steps: [Step]) -> InvariantResult {
        var audit = WriteThrottleAudit(shardIDs: shards, model: model, recordsPerSecond: 5, bytesPerSecond: bytesPerSecond)
        for step in steps {
            switch step {
            case .accept(let count, let now, let bytes, let shard):
                for _ in 0..<count { audit.observeAccepted(shard: shard, bytes: bytes, now: now) }
            case .reject(let now, let bytes, let shard):
                audit.observeRejected(shard: shard, bytes: bytes, now: now)
            }
        }
        #expect(audit.model == model)
        return audit.result()
    }

    @Test func slidingExactlyTheLimitInOneSecondHoldsAndOneMoreFires() {
        let result = Self.audited(.slidingWindow, [.accept(5, at: Self.ms(0)), .accept(1, at: Self.ms(999))])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "shardId-000000000000 over-admitted at t=999ms: a record of 100 B took the second "
                + "up to it past 5 records or 1048576 B (it held 5 records and 500 B before it)")
    }

    @Test func slidingRecordsLeaveTheWindowAfterExactlyOneSecond() {
        #expect(Self.audited(.slidingWindow, [.accept(5, at: Self.ms(0)), .reject(at: Self.ns(999_999_999)),
                                              .accept(5, at: Self.ms(1_000))]).holds)
    }

    @Test func slidingRejectsWhatATokenBucketRefills() {
        // One record refills in 200 ms: legal for a token bucket, not for a sliding window.
        let steps: [Step] = [.accept(5, at: Self.ms(0)), .accept(1, at: Self.ms(200))]
        #expect(Self.audited(.tokenBucket, steps).holds)
        #expect(Self.audited(.slidingWindow, steps).violations == 1)
    }

    @Test func slidingRejectionWithRoomFires() {
        let result = Self.audited(.slidingWindow, [.accept(5, at: Self.ms(0)), .reject(at: Self.ms(1_000))])
        #expect(result.firstViolation == "shardId-000000000000 rejected a record of 100 B at t=1s although "
                + "accepting it kept the second up to it within 5 records and 1048576 B")
    }

    @Test func slidingBytesAreJudgedOnTheRecordsSize() {
        let fits: [Step] = [.accept(1, at: Self.ms(0), bytes: 600), .reject(at: Self.ms(500), bytes: 401),
                            .accept(1, at: Self.ms(500), bytes: 400)]
        #expect(Self.audited(.slidingWindow, bytesPerSecond: 1_000, fits).holds)
        let over = Self.audited(.slidingWindow, bytesPerSecond: 1_000, fits + [.accept(1, at: Self.ms(999), bytes: 1)])
        #expect(over.firstViolation?.contains("it held 2 records and 1000 B before it") == true)
    }

    @Test func fixedEachAlignedSecondHasItsOwnLimit() {
        let steps: [Step] = [.accept(5, at: Self.ms(999)), .reject(at: Self.ns(999_999_999)), .accept(5, at: Self.ms(1_000))]
        #expect(Self.audited(.fixedWindow, steps).holds)
        let over = Self.audited(.fixedWindow, steps + [.accept(1, at: Self.ms(1_999))])
        #expect(over.firstViolation?.hasPrefix("shardId-000000000000 over-admitted at t=1s999ms: a record of 100 B "
                                               + "took the aligned second from 1s past 5 records") == true)
    }

    @Test func fixedRejectionInAFreshSecondFires() {
        let result = Self.audited(.fixedWindow, [.accept(5, at: Self.ms(999)), .reject(at: Self.ms(1_000))])
        #expect(result.firstViolation?.contains("although accepting it kept the aligned second from 1s within") == true)
    }

    @Test(arguments: [ThrottlingModel.slidingWindow, .fixedWindow])
    func shardsAreAuditedSeparately(model: ThrottlingModel) {
        let steps: [Step] = [.accept(5, at: Self.ms(0)), .accept(5, at: Self.ms(0), shard: 1), .reject(at: Self.ms(0), shard: 1)]
        #expect(Self.audited(model, steps).holds)
        #expect(Self.audited(model, steps + [.accept(1, at: Self.ms(10), shard: 1)]).firstViolation?
            .hasPrefix("shardId-000000000001 over-admitted") == true)
    }

    @Test(arguments: [ThrottlingModel.slidingWindow, .fixedWindow])
    func aLongSteadyLoadAtTheLimitHolds(model: ThrottlingModel) {
        #expect(Self.audited(model, (0..<20_000).map { .accept(1, at: Self.ms(Int64($0) * 200)) }).holds)
    }
}
