import Testing
import SimKernel
@testable import StreamModel

/// Entries as a producer builds them from a partition key and an optional `ExplicitHashKey`
/// (H1–H3), and the request-level rules they meet at the stream (P1–P3).
struct PutEntryBuildingTests {
    typealias F = StreamFixture

    /// 2^128 − 1 and 2^128 in decimal.
    static let maxHashKeyText = "340282366920938463463374607431768211455"
    static let twoTo128Text = "340282366920938463463374607431768211456"

    func entry(key: String, explicit: String? = nil, dataBytes: Int32 = 10) throws(PutRecordsInvalid) -> PutEntry<Int> {
        try PutEntry(partitionKey: key, explicitHashKey: explicit, dataBytes: dataBytes, payload: 0)
    }

    func malformed(_ text: String) -> Bool {
        do {
            _ = try ExplicitHashKey.parse(text)
            return false
        } catch {
            return error == .malformedExplicitHashKey(text)
        }
    }

    @Test func test_H3_largestHashKeyIsAcceptedAndRoutesToTheLastShard() throws {
        #expect(try ExplicitHashKey.parse(Self.maxHashKeyText) == .max)
        var stream = F.stream(shards: 3)
        let outcome = try stream.put([try entry(key: "k", explicit: Self.maxHashKeyText)], at: .zero)
        #expect(outcome.results == [.accepted(shard: 2, offset: 0)])
    }

    @Test func test_H3_twoToThe128IsRejected() {
        #expect(malformed(Self.twoTo128Text))
        #expect(malformed("999999999999999999999999999999999999999"))  // 39 nines: pattern-valid, too big
        #expect(malformed("1" + String(repeating: "0", count: 39)))  // 40 digits
    }

    @Test func test_H3_zeroAndSmallKeysParse() throws {
        #expect(try ExplicitHashKey.parse("0") == 0)
        #expect(try ExplicitHashKey.parse("7") == 7)
        #expect(try ExplicitHashKey.parse("170141183460469231731687303715884105728") == UInt128(1) << 127)
    }

    @Test(arguments: ["01", "00", "007", "", " 1", "1 ", "+1", "-1", "1e3", "0x10", "١٢", "１"])
    func test_H3_malformedKeysAreRejected(text: String) {
        #expect(malformed(text))
    }

    @Test func test_H3_explicitKeyOverridesThePartitionKeyHash() throws {
        #expect(try entry(key: "abc", explicit: "5").hashKey == 5)
        #expect(try entry(key: "abc").hashKey == PartitionKeyHash.hashKey(for: "abc"))
    }

    @Test func test_H3_malformedKeyFailsWithInvalidArgument() {
        #expect(throws: PutRecordsInvalid.malformedExplicitHashKey("01")) { try entry(key: "k", explicit: "01") }
        #expect(PutRecordsInvalid.malformedExplicitHashKey("01").description.hasPrefix("InvalidArgumentException: "))
    }

    @Test func test_H1_256CharacterKeyAcceptedAnd257Rejected() throws {
        var stream = F.stream()
        let longest = try entry(key: String(repeating: "k", count: 256))
        #expect(try stream.put([longest], at: .zero).failed == 0)
        let tooLong = try entry(key: String(repeating: "k", count: 257))
        #expect(stream.rejection(of: [longest, tooLong], at: .zero) == .partitionKeyLength(entry: 1, length: 257, allowed: 1...256))
        #expect(stream.rejection(of: [try entry(key: "")], at: .zero) == .partitionKeyLength(entry: 0, length: 0, allowed: 1...256))
    }

    @Test func test_H1_lengthCountsCharactersWhileSizeCountsUTF8Bytes() throws {
        let wide = try entry(key: String(repeating: "é", count: 256), dataBytes: 10)
        #expect(wide.partitionKeyLength == 256)
        #expect(wide.recordBytes == 10 + 512)
        var stream = F.stream()
        #expect(try stream.put([wide], at: .zero).failed == 0)
        #expect(stream.rejection(of: [try entry(key: String(repeating: "é", count: 257))], at: .zero)
                    == .partitionKeyLength(entry: 0, length: 257, allowed: 1...256))
    }

    @Test func test_W2_multibyteKeyBytesCountAgainstTheByteLimit() throws {
        var stream = F.stream()
        #expect(try stream.put([F.entry(bytes: 1_048_566)], at: .zero).failed == 0)  // 10 B left
        #expect(try stream.put([try entry(key: "éé", dataBytes: 7)], at: .zero).failed == 1)  // 7 + 4 = 11 B
        #expect(try stream.put([try entry(key: "éé", dataBytes: 6)], at: .zero).failed == 0)  // 10 B
    }

    @Test func test_P3_recordOfExactlyTheMaxSizeIsValidAndOneByteMoreIsNot() throws {
        var stream = F.stream()
        let key = String(repeating: "k", count: 256)
        let largest = try entry(key: key, dataBytes: 1_048_576 - 256)
        #expect(try stream.put([largest], at: .zero).failed == 0)
        let over = try entry(key: key, dataBytes: 1_048_576 - 255)
        #expect(stream.rejection(of: [over], at: F.at(s: 1)) == .recordTooLarge(entry: 0, bytes: 1_048_577, limit: 1_048_576))
    }

    @Test func test_P1_500EntriesBuiltFromKeysAreValidAnd501AreNot() throws {
        let entries = try (0..<501).map { try entry(key: "device-\($0)", dataBytes: 1) }
        var stream = F.stream(limits: F.fastWrites)
        #expect(stream.rejection(of: entries, at: .zero) == .tooManyEntries(count: 501, limit: 500))
        #expect(try stream.put(Array(entries.prefix(500)), at: .zero).failed == 0)
    }

    @Test func test_P2_exactlyFiveMiBIsValidAndOneByteMoreIsNot() throws {
        // Five records of 1 MiB each, key included: 5,242,880 B in all.
        let full = try (0..<5).map { try entry(key: "k\($0)", dataBytes: 1_048_574) }
        var stream = F.stream(limits: F.fastWrites)
        #expect(try stream.put(full, at: .zero).failed == 0)
        let over = full + [try entry(key: "k", dataBytes: 0)]
        #expect(stream.rejection(of: over, at: .zero) == .requestTooLarge(bytes: 5_242_881, limit: 5_242_880))
    }
}
