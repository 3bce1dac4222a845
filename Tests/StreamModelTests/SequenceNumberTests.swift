import Testing
import SimKernel
@testable import StreamModel

/// Sequence numbers (§4, S1–S4): dense offsets per shard; numbers ordered by (millisecond,
/// shard, offset), with an external form that sorts numerically the same way.
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
                accepted.append(stream.sequenceNumber(shard: Int(shard), offset: offset))
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

    @Test func test_S2_numbersJumpWithTheTimeBetweenWrites() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(ms: 3))
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(s: 60))
        let (early, late) = (stream.sequenceNumber(shard: 0, offset: 0), stream.sequenceNumber(shard: 0, offset: 1))
        #expect(early.millis == 3 && late.millis == 60_000)
        // Adjacent offsets, yet the numbers differ by 59,997 × 10^32: the leading digits carry the time.
        #expect(Int(late.description.prefix(17))! - Int(early.description.prefix(17))! == 59_997)
    }

    @Test func test_S3_descriptionLayout() {
        let number = SequenceNumber(millis: 1_500, shard: 3, offset: 42)
        #expect(number.description == "49" + "000000000001500" + "000000000003" + "00000000000000000042")
        // The API's pattern: 0|([1-9]\d{0,128}).
        #expect(number.description.count <= 129 && number.description.first != "0")
    }

    @Test func test_S3_numbersOrderByMillisecondThenShardThenOffset() {
        #expect(SequenceNumber(millis: 900, shard: 0, offset: 5) < SequenceNumber(millis: 900, shard: 0, offset: 6))
        #expect(SequenceNumber(millis: 900, shard: 0, offset: 99) < SequenceNumber(millis: 900, shard: 1, offset: 0))
        #expect(SequenceNumber(millis: 5, shard: 1, offset: 99) < SequenceNumber(millis: 6, shard: 0, offset: 0))
        let pairs = [(SequenceNumber(millis: 900, shard: 0, offset: 99), SequenceNumber(millis: 900, shard: 1, offset: 0)),
                     (SequenceNumber(millis: 5, shard: 1, offset: 99), SequenceNumber(millis: 6, shard: 0, offset: 0))]
        for (low, high) in pairs {
            // Same length, all digits: text order is numeric order.
            #expect(low.description.count == high.description.count && low.description < high.description)
        }
    }

    @Test func test_S4_arrivalTimestampIsTheAcceptanceTimeToTheMillisecond() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(ns: 1_999_999))
        #expect(stream.record(shard: 0, offset: 0).arrival == F.at(ns: 1_999_999))
        #expect(stream.record(shard: 0, offset: 0).arrival.milliseconds == 1)
        #expect(stream.sequenceNumber(shard: 0, offset: 0).millis == 1)
    }
}
