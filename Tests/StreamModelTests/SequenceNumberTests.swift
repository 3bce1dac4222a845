import Testing
import SimKernel
@testable import StreamModel

/// Sequence numbers (§4, S1–S3): dense offsets per shard, external form sorting numerically.
struct SequenceNumberTests {
    typealias F = StreamFixture

    @Test func test_S1_offsetsIncreasePerShardIndependently() throws {
        var stream = F.stream(shards: 2)
        let keys: [UInt128] = [0, .max, 0, 0, .max, 0]
        let outcome = try stream.put(keys.map { F.entry(bytes: 10, hashKey: $0) }, at: .zero)
        #expect(outcome.results == [
            .accepted(shard: 0, offset: 0), .accepted(shard: 1, offset: 0), .accepted(shard: 0, offset: 1),
            .accepted(shard: 0, offset: 2), .accepted(shard: 1, offset: 1), .accepted(shard: 0, offset: 3),
        ])
        let later = try stream.put([F.entry(bytes: 10, hashKey: .max)], at: F.at(s: 1))
        #expect(later.results == [.accepted(shard: 1, offset: 2)])
        #expect(stream.nextOffsets == [4, 3])
    }

    @Test func test_S1_throttledEntryTakesNoOffset() throws {
        var stream = F.stream()
        let outcome = try stream.put([F.entry(bytes: 1_048_570), F.entry(bytes: 100), F.entry(bytes: 6)], at: .zero)
        #expect(outcome.results == [.accepted(shard: 0, offset: 0), .throttled(shard: 0), .accepted(shard: 0, offset: 1)])
    }

    @Test func test_S2_descriptionSortsNumericallyInAcceptanceOrder() throws {
        var stream = F.stream()
        var accepted: [SequenceNumber] = []
        // Writes spread over ~3.3 days so arrival milliseconds gain digits along the way.
        var time = SimTime.zero
        for step in 0..<40 {
            let outcome = try stream.put(F.entries(3, bytes: 10), at: time)
            for case .accepted(let shard, let offset) in outcome.results {
                accepted.append(SequenceNumber(shard: Int(shard), offset: offset, arrivalMillis: time.milliseconds))
            }
            time = time + .nanoseconds(Int64(1) << (step + 8 > 48 ? 48 : step + 8))
        }
        let texts = accepted.map(\.description)
        #expect(texts.allSatisfy { $0.count == 49 && $0.allSatisfy(\.isNumber) && $0.hasPrefix("49") })
        // Same length, all digits: lexicographic order is numeric order.
        #expect(texts == texts.sorted())
        #expect(Set(texts).count == texts.count)
        #expect(accepted == accepted.sorted())
    }

    @Test func test_S2_descriptionLayout() {
        let number = SequenceNumber(shard: 3, offset: 42, arrivalMillis: 1_500)
        #expect(number.description == "49" + "000000000003" + "000000000001500" + "00000000000000000042")
    }

    @Test func test_S3_sequenceNumbersOrderByShardThenOffset() {
        let early = SequenceNumber(shard: 0, offset: 5, arrivalMillis: 900)
        let late = SequenceNumber(shard: 0, offset: 6, arrivalMillis: 900)
        #expect(early < late)
        #expect(!(late < early))
        #expect(SequenceNumber(shard: 0, offset: 99, arrivalMillis: 5) < SequenceNumber(shard: 1, offset: 0, arrivalMillis: 1))
    }
}
