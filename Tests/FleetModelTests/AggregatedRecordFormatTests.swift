import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// The KPL's aggregated record format: the size simctl computes for an aggregated record equals
/// the length of the bytes the KPL would write — the magic number, the protobuf (encoded here
/// field by field, independently of the sizing code), and the MD5 trailer.
struct AggregatedRecordFormatTests {
    /// Protobuf encoding of the `AggregatedRecord` message, written out byte by byte.
    struct Encoder {
        var bytes: [UInt8] = []

        mutating func varint(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        /// A length-delimited field (wire type 2).
        mutating func lengthDelimited(field: UInt64, _ payload: [UInt8]) {
            varint(field << 3 | 2)
            varint(UInt64(payload.count))
            bytes += payload
        }

        /// A varint field (wire type 0).
        mutating func varintField(field: UInt64, _ value: UInt64) {
            varint(field << 3)
            varint(value)
        }
    }

    /// The serialised aggregated record of `records` (key, data length): magic, protobuf, MD5.
    static func serialisedLength(_ records: [(key: String, dataBytes: Int)]) -> Int {
        var keys: [String] = []
        var message = Encoder()
        for record in records where !keys.contains(record.key) {
            keys.append(record.key)
            message.lengthDelimited(field: 1, Array(record.key.utf8))
        }
        for record in records {
            var inner = Encoder()
            inner.varintField(field: 1, UInt64(keys.firstIndex(of: record.key)!))
            inner.lengthDelimited(field: 3, Array(repeating: 0x7B, count: record.dataBytes))
            message.lengthDelimited(field: 3, inner.bytes)
        }
        return 4 + message.bytes.count + 16
    }

    static func entry(key: String, dataBytes: Int) -> PutEntry<Reading> {
        let reading = Reading(id: ReadingID(device: 1, sequence: 1), gateway: 0, kind: .temperature, isAnomaly: false,
                              payloadBytes: UInt32(dataBytes), emittedAt: .zero, value: 0)
        return PutEntry(hashKey: PartitionKeyHash.hashKey(for: key), partitionKeyLength: Int32(key.utf8.count),
                        dataBytes: Int32(dataBytes), payload: reading)
    }

    @Test(arguments: [
        [("device-000001", 120), ("device-000002", 95), ("device-000001", 130)],
        [("k", 1), ("k", 127), ("k", 128), ("other", 16_383), ("third-key", 16_384)],
        (0..<300).map { ("device-\($0 % 170)", 60 + $0) },
    ])
    func aggregatedSizeIsTheSerialisedLength(_ records: [(String, Int)]) {
        var builder = AggregateBuilder()
        var config = KPLConfig()
        config.aggregationMaxSize = 1_048_576
        for (key, bytes) in records {
            let added = builder.add(Self.entry(key: key, dataBytes: bytes), config: config)
            #expect(added)
        }
        #expect(builder.dataBytes == Int64(Self.serialisedLength(records.map { (key: $0.0, dataBytes: $0.1) })))
        let kinesis = builder.kinesisEntry(first: Self.entry(key: records[0].0, dataBytes: records[0].1))
        #expect(kinesis.partitionKeyBytes == 1)
        #expect(kinesis.hashKey == PartitionKeyHash.hashKey(for: records[0].0))
    }

    @Test func aLoneRecordIsSentAsItselfWithItsOwnKey() {
        var builder = AggregateBuilder()
        let entry = Self.entry(key: "device-7", dataBytes: 140)
        let added = builder.add(entry, config: KPLConfig())
        #expect(added)
        #expect(builder.dataBytes == 140)
        #expect(builder.kinesisEntry(first: entry).partitionKeyBytes == 8)
    }

    @Test func aRecordJoinsOnlyWhileTheAggregateStaysWithinItsBounds() {
        var config = KPLConfig()
        config.aggregationMaxSize = 1_000
        var builder = AggregateBuilder()
        var added = 0
        while builder.add(Self.entry(key: "device-\(added)", dataBytes: 100), config: config) { added += 1 }
        #expect(builder.dataBytes <= 1_000)
        let records = (0...added).map { (key: "device-\($0)", dataBytes: 100) }
        #expect(Self.serialisedLength(records) > 1_000, "one more record would have fit")
        config.aggregationMaxCount = 3
        builder.reset()
        let joined = (0..<4).map { builder.add(Self.entry(key: "k\($0)", dataBytes: 10), config: config) }
        #expect(joined == [true, true, true, false])
        config.aggregationEnabled = false
        builder.reset()
        let alone = (0..<2).map { builder.add(Self.entry(key: "k\($0)", dataBytes: 10), config: config) }
        #expect(alone == [true, false])
    }

    @Test func theLimiterStartsEmptyAndRefillsAtTheRateLimit() {
        var limiter = ShardLimiter(now: .zero, rateLimit: 1.5)
        // 1.5 × 1 MiB/s: 1,000 bytes after about 0.64 ms; 1.5 × 1,000 records/s: one after 0.67 ms.
        let taken = [0, 600, 700].map { limiter.take(bytes: 1_000, now: .zero + .microseconds($0)) }
        #expect(taken == [false, false, true])
        // 157,286 bytes at 1.5 MiB/s take 0.1 s: the next 25 ms poll after that.
        #expect(KPLConfig.nextPoll(limiter.readyAt(bytes: 157_286)) == .zero + .milliseconds(125))
    }
}
