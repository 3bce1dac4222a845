import Testing
import SimKernel
@testable import StreamModel
import Verification

/// W8, large records: with `maxRecordSize` raised above 1 MiB, a record larger than one second
/// of the byte rate is accepted when the shard's byte allowance is untouched and overdraws it;
/// the shard then takes no bytes until the steady refill has paid the debt. The write-throttle
/// audit, fed the same decisions, finds nothing wrong.
struct LargeRecordTests {
    typealias F = StreamFixture
    static let mebibyte: Int64 = 1_048_576

    static func limits(_ model: ThrottlingModel) -> StreamLimits {
        var limits = F.limits(model)
        limits.maxRecordBytes = LargeRecords.maxBytes
        return limits
    }

    /// Puts one entry per step, mirroring every decision into a write-throttle audit; returns
    /// whether each was accepted and the audit's verdict.
    static func run(_ model: ThrottlingModel, _ steps: [(bytes: Int64, at: SimTime)]) throws -> (accepted: [Bool], auditHolds: Bool) {
        var stream = F.stream(limits: limits(model))
        var audit = WriteThrottleAudit(shardIDs: ["s"], model: model, recordsPerSecond: 1_000, bytesPerSecond: mebibyte)
        var accepted: [Bool] = []
        for (index, step) in steps.enumerated() {
            let outcome = try stream.put([F.entry(bytes: step.bytes, payload: index)], at: step.at)
            accepted.append(outcome.failed == 0)
            if outcome.failed == 0 {
                audit.observeAccepted(shard: 0, bytes: step.bytes, now: step.at)
            } else {
                audit.observeRejected(shard: 0, bytes: step.bytes, now: step.at)
            }
            stream.checkInvariants()
        }
        return (accepted, audit.result().holds)
    }

    /// 3 MiB on an idle shard: accepted, leaving 2 MiB owed; 100 B waits just over 2 s for the
    /// refill; a second large record waits until the bucket is full again, 3 s after the first.
    @Test func test_W8_aLargeRecordOnAnIdleShardIsAcceptedAndRepaidAtTheSteadyRate() throws {
        let big = 3 * Self.mebibyte
        let (accepted, holds) = try Self.run(.tokenBucket, [
            (big, .zero), (100, F.at(ms: 2_000)), (100, F.at(ms: 2_001)), (big, F.at(ms: 2_999)), (big, F.at(s: 6)),
        ])
        #expect(accepted == [true, false, true, false, true])
        #expect(holds)
    }

    /// The boundary: exactly 1 MiB is an ordinary record; one byte more is large, and needs a
    /// full bucket — one byte taken from it is enough to throttle it.
    @Test func test_W8_theBoundaryIsOneMebibyteAndAFullBucket() throws {
        let (accepted, holds) = try Self.run(.tokenBucket, [
            (1, .zero), (Self.mebibyte + 1, .zero), (Self.mebibyte + 1, F.at(s: 1)), (1, F.at(s: 3)), (Self.mebibyte, F.at(s: 3)),
        ])
        #expect(accepted == [true, false, true, true, false])
        #expect(holds)
    }

    /// Without raising `maxRecordSize` a record over 1 MiB is invalid, as before (P3).
    @Test func test_W8_largeRecordsNeedTheRaisedMaximum() throws {
        var stream = F.stream()
        #expect(stream.rejection(of: [F.entry(bytes: Self.mebibyte + 1)], at: .zero) != nil)
    }

    /// The window models: a large record takes an empty window alone, and nothing else fits
    /// until it has left the window.
    @Test(arguments: [ThrottlingModel.slidingWindow, .fixedWindow])
    func test_W8_aLargeRecordTakesAnEmptyWindowAlone(model: ThrottlingModel) throws {
        let big = 2 * Self.mebibyte
        let (accepted, holds) = try Self.run(model, [
            (100, .zero), (big, F.at(ms: 500)), (big, F.at(ms: 1_500)), (100, F.at(ms: 1_600)), (100, F.at(ms: 2_600)),
        ])
        #expect(accepted == [true, false, true, false, true])
        #expect(holds)
    }
}
