import Testing
import SimKernel
@testable import StreamModel

/// PutRecord (§4, W5, P8): a throttled call is `ProvisionedThroughputExceededException`; with
/// `SequenceNumberForOrdering` the new record's number is greater, whichever shard it goes to.
struct PutRecordTests {
    typealias F = StreamFixture

    /// Hash keys of shard 0 and shard 1 of a two-shard stream.
    static let low: UInt128 = 0
    static let high: UInt128 = .max

    func putRecord(_ stream: inout DataStream<Int>, key: UInt128, at now: SimTime,
                   after ordering: SequenceNumber? = nil, bytes: Int64 = 10) throws(PutRecordFailure) -> SequenceNumber {
        try stream.putRecord(F.entry(bytes: bytes, hashKey: key), sequenceNumberForOrdering: ordering, now: now)
    }

    @Test func test_W5_throttledPutRecordIsProvisionedThroughputExceeded() throws {
        var stream = F.stream()
        #expect(try stream.accepted(1_000, bytes: 10, at: .zero) == 1_000)
        #expect(throws: PutRecordFailure.provisionedThroughputExceeded(shard: 0)) {
            try putRecord(&stream, key: 0, at: .zero)
        }
        #expect(PutRecordFailure.provisionedThroughputExceeded(shard: 0).description
                    == "ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000000")
        #expect(stream.nextOffsets == [1_000])
        // The throttled call debited nothing: the token earned after 1 ms is still there.
        #expect(try putRecord(&stream, key: 0, at: F.at(ms: 1)).offset == 1_000)
    }

    @Test func test_W5_putRecordAndPutRecordsShareTheShardLimit() throws {
        var stream = F.stream()
        #expect(try stream.accepted(999, bytes: 10, at: .zero) == 999)
        #expect(try putRecord(&stream, key: 0, at: .zero).offset == 999)
        #expect(try stream.put([F.entry(bytes: 10)], at: .zero).failed == 1)
    }

    @Test func test_W5_invalidRecordIsInvalidArgument() {
        var stream = F.stream()
        #expect(throws: PutRecordFailure.invalidArgument(.recordTooLarge(entry: 0, bytes: 1_048_577, limit: 1_048_576))) {
            try putRecord(&stream, key: 0, at: .zero, bytes: 1_048_577)
        }
        #expect(stream.nextOffsets == [0])
    }

    @Test func test_P8_numberFromAHigherShardInTheSameMillisecondIsExceeded() throws {
        var stream = F.stream(shards: 2)
        let first = try putRecord(&stream, key: Self.high, at: F.at(ns: 5_000_100))
        #expect(first == SequenceNumber(millis: 5, shard: 1, offset: 0))
        let second = try putRecord(&stream, key: Self.low, at: F.at(ns: 5_000_200), after: first)
        #expect(second > first)
        #expect(second == SequenceNumber(millis: 6, shard: 0, offset: 0))
        #expect(stream.sequenceNumber(shard: 0, offset: 0) == second)
        // The record's arrival is untouched: only its number was raised.
        #expect(stream.record(shard: 0, offset: 0).arrival == F.at(ns: 5_000_200))
    }

    @Test func test_P8_raisedShardKeepsItsLaterNumbersIncreasing() throws {
        var stream = F.stream(shards: 2)
        let first = try putRecord(&stream, key: Self.high, at: F.at(ms: 5))
        _ = try putRecord(&stream, key: Self.low, at: F.at(ms: 5), after: first)
        // A PutRecords entry of the same millisecond on the raised shard sorts after the raise.
        _ = try stream.put([F.entry(bytes: 10, hashKey: Self.low)], at: F.at(ms: 5))
        let numbers = (0..<2).map { stream.sequenceNumber(shard: 0, offset: UInt64($0)) }
        #expect(numbers.map(\.millis) == [6, 6])
        #expect(numbers[0] < numbers[1])
        // Once arrivals pass the floor, numbers follow arrival again.
        _ = try stream.put([F.entry(bytes: 10, hashKey: Self.low)], at: F.at(ms: 9))
        #expect(stream.sequenceNumber(shard: 0, offset: 2).millis == 9)
    }

    @Test func test_P8_numberFromALowerShardOrAnEarlierMillisecondNeedsNoRaise() throws {
        var stream = F.stream(shards: 2)
        let low = try putRecord(&stream, key: Self.low, at: F.at(ms: 5))
        let high = try putRecord(&stream, key: Self.high, at: F.at(ms: 5), after: low)
        #expect(high == SequenceNumber(millis: 5, shard: 1, offset: 0))
        let later = try putRecord(&stream, key: Self.low, at: F.at(ms: 6), after: high)
        #expect(later == SequenceNumber(millis: 6, shard: 0, offset: 1))
        #expect(stream.shards.allSatisfy { $0.sequencing.floors.isEmpty })
    }

    @Test func test_P8_withoutAnOrderingNumberTheSameMillisecondMayOrderEitherWay() throws {
        var stream = F.stream(shards: 2)
        let first = try putRecord(&stream, key: Self.high, at: F.at(ms: 5))
        let second = try putRecord(&stream, key: Self.low, at: F.at(ms: 5))
        // Coarse order only: the later call's number is smaller. This is what P8's number prevents.
        #expect(second < first)
    }

    /// A client chains PutRecords over random shards and times (ties included), with other
    /// writers in between: every number exceeds the one it was ordered after, each shard's
    /// numbers increase with its offsets, and a kept record's number is the one issued.
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func test_P8_chainedPutRecordsIncreaseAcrossShards(seed: UInt64) throws {
        var random = SimRandom(seed: seed)
        var stream = F.stream(shards: 5, limits: F.fastWrites)
        var time = SimTime.zero
        var previous: SequenceNumber?
        var issued: [SequenceNumber] = []
        for _ in 0..<300 {
            time = time + .nanoseconds(Int64(random.bounded(4)) * 400_000)  // 0–1.2 ms: many ties
            let key = UInt128(random.next()) << 64 | UInt128(random.next())
            if random.chance(0.3) {
                _ = try stream.put([F.entry(bytes: 10, hashKey: key)], at: time)
                continue
            }
            let number = try putRecord(&stream, key: key, at: time, after: previous)
            if let previous { #expect(number > previous, "seed \(seed)") }
            previous = number
            issued.append(number)
        }
        for number in issued {
            #expect(stream.sequenceNumber(shard: number.shard, offset: number.offset) == number, "seed \(seed)")
        }
        for shard in stream.shards {
            let numbers = (shard.firstOffset..<shard.nextOffset).map(shard.sequenceNumber(at:))
            #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "seed \(seed), \(shard.id)")
        }
    }

    @Test func test_P8_raisesAreForgottenOnceNoKeptRecordNeedsThem() throws {
        var stream = F.stream(shards: 2)
        let reader = stream.startReader(at: .trimHorizon)
        var previous = try putRecord(&stream, key: Self.high, at: F.at(ms: 1))
        for step in 0..<3 as Range<Int64> {
            previous = try putRecord(&stream, key: Self.low, at: F.at(ms: 1 + step), after: previous)
            previous = try putRecord(&stream, key: Self.high, at: F.at(ms: 1 + step), after: previous)
        }
        #expect(stream.shards[0].sequencing.floors.count == 3)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 2, now: F.at(s: 1))
        _ = stream.getRecords(reader: reader, shard: 0, limit: 1, now: F.at(s: 2))  // trims the two read
        #expect(stream.shards[0].sequencing.floors.count == 1)
        #expect(stream.sequenceNumber(shard: 0, offset: 2).millis == 4)
    }
}
