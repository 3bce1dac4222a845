import Testing
import SimKernel
@testable import StreamModel

/// Request-level validation (§4, P1–P3, H1): the whole request fails and nothing is written.
struct PutRecordsValidationTests {
    typealias F = StreamFixture

    /// Rejects `entries` on a fresh two-shard stream and checks nothing was written or debited.
    func rejection(of entries: [PutEntry<Int>]) -> PutRecordsInvalid? {
        var stream = F.stream(shards: 2)
        let error = stream.rejection(of: entries, at: .zero)
        #expect(stream.nextOffsets == [0, 0])
        #expect(stream.shards.allSatisfy { $0.writeBuckets.records.tokens == 1_000 && $0.writeBuckets.bytes.tokens == 1_048_576 })
        return error
    }

    @Test func test_P1_501EntriesRejected() {
        #expect(rejection(of: F.entries(501, bytes: 10)) == .tooManyEntries(count: 501, limit: 500))
    }

    @Test func test_P1_500EntriesValid() throws {
        var stream = F.stream()
        #expect(try stream.put(F.entries(500, bytes: 10), at: .zero).failed == 0)
    }

    @Test func test_P2_requestOverFiveMiBRejected() {
        let entries = F.entries(5, bytes: 1_048_576) + [F.entry(bytes: 1)]
        #expect(rejection(of: entries) == .requestTooLarge(bytes: 5_242_881, limit: 5_242_880))
    }

    @Test func test_P2_requestOfExactlyFiveMiBValidThenThrottledPerEntry() throws {
        var stream = F.stream()
        let outcome = try stream.put(F.entries(5, bytes: 1_048_576), at: .zero)
        #expect(outcome.throttledFlags == [false, true, true, true, true])
    }

    @Test func test_P3_recordOverOneMiBRejected() {
        let entries = [F.entry(bytes: 10), F.entry(bytes: 10), F.entry(bytes: 1_048_577)]
        #expect(rejection(of: entries) == .recordTooLarge(entry: 2, bytes: 1_048_577, limit: 1_048_576))
    }

    @Test func test_P3_recordSizeIncludesThePartitionKey() {
        let entry = PutEntry(hashKey: 0, partitionKeyLength: 256, dataBytes: 1_048_576 - 255, payload: 0)
        #expect(rejection(of: [entry]) == .recordTooLarge(entry: 0, bytes: 1_048_577, limit: 1_048_576))
    }

    @Test func test_H1_emptyPartitionKeyRejected() {
        let entries = [F.entry(bytes: 10), F.entry(bytes: 10, keyLength: 0)]
        #expect(rejection(of: entries) == .partitionKeyLength(entry: 1, length: 0, allowed: 1...256))
    }

    @Test func test_H1_257CharacterPartitionKeyRejected() {
        let entries = [F.entry(bytes: 300, keyLength: 257)]
        #expect(rejection(of: entries) == .partitionKeyLength(entry: 0, length: 257, allowed: 1...256))
    }

    @Test func test_H1_256CharacterPartitionKeyValid() throws {
        var stream = F.stream()
        #expect(try stream.put([F.entry(bytes: 300, keyLength: 256)], at: .zero).failed == 0)
    }

    @Test func test_P1_emptyRequestRejected() {
        #expect(rejection(of: []) == .empty)
    }

    @Test func test_P1_invalidEntryAfterValidOnesWritesNone() {
        // The valid entries come first, on both shards: validation precedes any write.
        let entries = [F.entry(bytes: 10, hashKey: 0), F.entry(bytes: 10, hashKey: .max),
                       F.entry(bytes: 10, keyLength: 0)]
        #expect(rejection(of: entries) != nil)
    }
}
