import Testing
import SimKernel
@testable import StreamModel

/// Injected `InternalFailure` (P6): while a fault is active each entry fails independently with
/// its rate, before throttling and without debiting anything; the other entries go on.
struct InternalFailureTests {
    typealias F = StreamFixture

    func stream(rate: Double?, shards: Int = 1, seed: UInt64 = 1) -> DataStream<Int> {
        var stream = F.stream(shards: shards)
        stream.internalFailures = InternalFailures(random: SimRandom(masterSeed: seed, label: "internal-failure", index: 0))
        if let rate { stream.internalFailures!.begin(fault: 0, rate: rate) }
        return stream
    }

    @Test func test_P6_everyEntryFailsAtRateOneAndNothingIsDebited() throws {
        var stream = stream(rate: 1)
        let outcome = try stream.put(F.entries(500, bytes: 1_000), at: .zero)
        #expect(outcome.results == Array(repeating: .internalFailure, count: 500))
        #expect(outcome.failed == 500)
        #expect(stream.nextOffsets == [0])
        #expect(stream.shards[0].writeBuckets.records.tokens == 1_000)
        #expect(stream.shards[0].writeBuckets.bytes.tokens == 1_048_576)
    }

    @Test func test_P6_failuresAreDecidedBeforeThrottlingAndSpareTheOtherEntries() throws {
        var stream = stream(rate: 0.5)
        var results: [PutEntryResult] = []
        for _ in 0..<10 { results += try stream.put(F.entries(500, bytes: 10), at: .zero).results }
        let failures = results.filter { $0 == .internalFailure }.count
        let accepted = results.filter { if case .accepted = $0 { true } else { false } }.count
        // 5,000 draws at 0.5: far inside ±5 standard deviations (±177).
        #expect((2_323...2_677).contains(failures))
        // Failed entries took no token, so exactly the bucket's 1,000 were accepted.
        #expect(accepted == 1_000)
        #expect(results.count - failures - accepted == results.filter { $0 == .throttled(shard: 0) }.count)
    }

    @Test func test_P6_putRecordFailsWithInternalFailure() {
        var stream = stream(rate: 1)
        #expect(throws: PutRecordFailure.internalFailure) {
            try stream.putRecord(F.entry(bytes: 10), sequenceNumberForOrdering: nil, now: .zero)
        }
        #expect(PutRecordFailure.internalFailure.description == "InternalFailure: Internal Service Failure")
    }

    @Test func test_P6_errorCodesAreThrottlingOrInternalFailureOnly() throws {
        var stream = stream(rate: nil)
        _ = try stream.accepted(1_000, bytes: 10, at: .zero)
        stream.internalFailures!.begin(fault: 0, rate: 0.3)
        let outcome = try stream.put(F.entries(200, bytes: 10), at: .zero)
        #expect(Set(outcome.results.compactMap(\.errorCode)) == ["ProvisionedThroughputExceededException", "InternalFailure"])
        #expect(outcome.results.filter { $0 == .internalFailure }.allSatisfy { $0.errorMessage == "Internal Service Failure" })
        #expect(outcome.failed == 200)
    }

    @Test func test_P6_noFaultActiveMeansNoFailureAndNoDraw() throws {
        var stream = stream(rate: nil)
        let before = stream.internalFailures!.random
        #expect(try stream.put(F.entries(500, bytes: 10), at: .zero).failed == 0)
        var after = stream.internalFailures!.random
        var untouched = before
        #expect(after.next() == untouched.next())
    }

    @Test func test_P6_overlappingFaultsFailIndependentlyAndEndSeparately() {
        var failures = InternalFailures(random: SimRandom(seed: 3))
        failures.begin(fault: 0, rate: 0.5)
        failures.begin(fault: 1, rate: 0.5)
        #expect(failures.probability == 0.75)
        failures.end(fault: 0)
        #expect(failures.probability == 0.5)
        failures.end(fault: 1)
        #expect(failures.probability == 0)
        #expect(!(0..<100).contains { _ in failures.strikes() })
    }

    @Test func test_P6_sameSeedSameFailures() throws {
        var first = stream(rate: 0.2, seed: 9)
        var second = stream(rate: 0.2, seed: 9)
        var third = stream(rate: 0.2, seed: 10)
        let entries = F.entries(500, bytes: 10)
        let results = try (first.put(entries, at: .zero).results, second.put(entries, at: .zero).results,
                           third.put(entries, at: .zero).results)
        #expect(results.0 == results.1)
        #expect(results.0 != results.2)
    }
}
