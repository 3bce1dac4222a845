import Testing
import SimKernel
@testable import StreamModel

/// The shape of a PutRecords response and what it promises (§4, P4, P7, P9, W6): one result per
/// entry in request order, entries admitted in that order, and records that never change.
struct PutRecordsResponseTests {
    typealias F = StreamFixture

    /// Entries over two shards, some too large for what is left of shard 0's byte budget.
    static var mixed: [PutEntry<Int>] {
        [F.entry(bytes: 600_000, hashKey: 0, payload: 0), F.entry(bytes: 10, hashKey: .max, payload: 1),
         F.entry(bytes: 600_000, hashKey: 0, payload: 2), F.entry(bytes: 10, hashKey: 0, payload: 3),
         F.entry(bytes: 10, hashKey: .max, payload: 4)]
    }

    @Test func test_P4_oneResultPerEntryInRequestOrder() throws {
        var stream = F.stream(shards: 2)
        let outcome = try stream.put(Self.mixed, at: .zero)
        #expect(outcome.results == [.accepted(shard: 0, offset: 0), .accepted(shard: 1, offset: 0), .throttled(shard: 0),
                                    .accepted(shard: 0, offset: 1), .accepted(shard: 1, offset: 1)])
        for (index, result) in outcome.results.enumerated() {
            guard case .accepted(let shard, let offset) = result else { continue }
            #expect(stream.record(shard: Int(shard), offset: offset).payload == Self.mixed[index].payload)
        }
    }

    @Test func test_P7_entriesOfOneShardAreNumberedInRequestOrder() throws {
        var stream = F.stream(shards: 2)
        let entries = (0..<20).map { F.entry(bytes: 10, hashKey: $0 % 3 == 0 ? .max : 0, payload: $0) }
        let outcome = try stream.put(entries, at: F.at(ms: 7))
        for shard in 0..<2 {
            let payloads = (0..<stream.shards[shard].nextOffset).map { stream.record(shard: shard, offset: $0).payload }
            #expect(payloads == payloads.sorted())
        }
        let numbers = outcome.results.compactMap { result -> SequenceNumber? in
            guard case .accepted(let shard, let offset) = result, shard == 0 else { return nil }
            return stream.sequenceNumber(shard: 0, offset: offset)
        }
        #expect(numbers == numbers.sorted() && numbers.count == 13)
    }

    @Test func test_P9_acceptedRecordsNeverChange() throws {
        var stream = F.stream(shards: 2)
        _ = try stream.put(Self.mixed, at: .zero)
        let before = (0..<2).map { shard in
            (0..<stream.shards[shard].nextOffset).map {
                (stream.record(shard: shard, offset: $0).payload, stream.record(shard: shard, offset: $0).arrival,
                 stream.sequenceNumber(shard: shard, offset: $0))
            }
        }
        // Throttled entries, PutRecords and PutRecord with ordering numbers that raise shard 0.
        _ = try stream.put(F.entries(500, bytes: 2_000, firstPayload: 100), at: .zero)
        let high = try stream.putRecord(F.entry(bytes: 10, hashKey: .max), sequenceNumberForOrdering: nil, now: F.at(ms: 1))
        _ = try stream.putRecord(F.entry(bytes: 10), sequenceNumberForOrdering: high, now: F.at(ms: 1))
        for shard in 0..<2 {
            for (offset, kept) in before[shard].enumerated() {
                #expect(stream.record(shard: shard, offset: UInt64(offset)).payload == kept.0)
                #expect(stream.record(shard: shard, offset: UInt64(offset)).arrival == kept.1)
                #expect(stream.sequenceNumber(shard: shard, offset: UInt64(offset)) == kept.2)
            }
        }
    }

    @Test func test_W6_throttledEntryCarriesTheExceptionAndNamesItsShard() throws {
        var stream = F.stream(shards: 2)
        let outcome = try stream.put(Self.mixed, at: .zero)
        #expect(outcome.results[2].errorCode == "ProvisionedThroughputExceededException")
        #expect(outcome.results[2].errorMessage == "Rate exceeded for shard shardId-000000000000")
        #expect(outcome.results[0].errorCode == nil && outcome.results[0].errorMessage == nil)
        #expect(outcome.failed == 1)
    }
}
