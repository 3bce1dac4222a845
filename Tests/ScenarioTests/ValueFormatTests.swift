import SimKernel
import Testing
@testable import Scenario
import FleetModel
import StreamModel

@Suite struct ValueFormatTests {
    @Test(arguments: [
        ("250us", SimDuration.microseconds(250)), ("100ms", .milliseconds(100)), ("5s", .seconds(5)),
        ("10m", .minutes(10)), ("1h", .hours(1)), ("7d", .hours(168)), ("1h30m", .minutes(90)),
        ("15ns", .nanoseconds(15)), ("0ms", .zero), ("1d2h3m4s5ms6us7ns", .nanoseconds(93_784_005_006_007)),
    ])
    func durationsAccepted(text: String, expected: SimDuration) {
        #expect(DurationFormat.parse(text) == expected)
    }

    @Test(arguments: [
        "", "5", "-5s", "+5s", "5 s", " 5s", "5parsecs", "1.5s", "30m1h", "1m1m", "5S", "ms", "9999999999999d",
        "106752d", "5µs",
    ])
    func durationsRejected(text: String) {
        #expect(DurationFormat.parse(text) == nil)
    }

    @Test(arguments: [
        ("512B", Int64(512)), ("64KiB", 65_536), ("1MiB", 1_048_576), ("5MiB", 5_242_880), ("1KB", 1_000),
        ("1MB", 1_000_000), ("1GB", 1_000_000_000), ("1GiB", 1_073_741_824), ("1024", 1_024),
    ])
    func sizesAccepted(text: String, bytes: Int64) {
        #expect(SizeFormat.parse(text) == bytes)
    }

    @Test(arguments: ["", "B", "1 MiB", "-1B", "1.5MiB", "1kb", "1TiB", "99999999999GiB"])
    func sizesRejected(text: String) {
        #expect(SizeFormat.parse(text) == nil)
    }

    @Test func sizesMayBePlainJSONIntegers() throws {
        var scenario = ScenarioText()
        scenario.stream = #""shards": 1, "limits": {"writeBytesPerSecond": 2048, "readBytesPerSecond": "4MiB"}"#
        let limits = try spec(scenario).stream.limits
        #expect(limits.writeBytesPerSecond == 2_048)
        #expect(limits.readBytesPerSecond == 4 * 1_048_576)
    }

    @Test func idRanges() {
        #expect(IDRange(parsing: "all") == .all)
        #expect(IDRange(parsing: "3") == .ids(3...3))
        #expect(IDRange(parsing: "0-9") == .ids(0...9))
        for bad in ["", "-", "9-0", "1-", "-1", "a", "1-2-3", "ALL", " 1"] {
            #expect(IDRange(parsing: bad) == nil, "\(bad)")
        }
        #expect(IDRange.ids(2...4).contains(4) && !IDRange.ids(2...4).contains(5))
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00Z", Int64(0)), ("2026-01-01T00:00:00Z", 1_767_225_600_000),
        ("2000-02-29T12:34:56.789Z", 951_827_696_789), ("2026-01-01T00:00:00.5Z", 1_767_225_600_500),
        ("2026-01-01T00:00:00.123456789Z", 1_767_225_600_123), ("1969-12-31T23:59:59Z", -1_000),
        ("2100-03-01T00:00:00Z", 4_107_542_400_000),
    ])
    func startTimesAccepted(text: String, epochMilliseconds: Int64) {
        #expect(StartTime(parsing: text) == StartTime(epochMilliseconds: epochMilliseconds, text: text))
    }

    @Test(arguments: [
        "2026-01-01", "2026-01-01T00:00:00", "2026-01-01T00:00:00+02:00", "2026-01-01 00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z",
        "2026-01-01T00:00:60Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z", "2026-1-01T00:00:00Z",
        "２026-01-01T00:00:00Z",
    ])
    func startTimesRejected(text: String) {
        #expect(StartTime(parsing: text) == nil)
    }

    @Test func partitionKeys() throws {
        #expect(PartitionKeyMode(parsing: "device") == .device)
        #expect(PartitionKeyMode(parsing: "gateway") == .gateway)
        #expect(PartitionKeyMode(parsing: "random") == .random)
        #expect(PartitionKeyMode(parsing: "constant:hot-key") == .constant("hot-key"))
        #expect(PartitionKeyMode(parsing: "Device") == nil)
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "partitionKey": "constant:k""#
        #expect(try spec(scenario).fleet.partitionKey == .constant("k"))
        let tooLong = String(repeating: "k", count: 257)
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "partitionKey": "constant:\#(tooLong)""#
        #expect(problems(scenario).first?.hasSuffix("has a key of 257 characters (allowed: 1 to 256)") == true)
    }

    @Test func distributions() throws {
        let cases: [(String, Distribution)] = [
            (#""2ms""#, .constant(.milliseconds(2))),
            (#"{"dist": "constant", "value": "2ms"}"#, .constant(.milliseconds(2))),
            (#"{"dist": "uniform", "min": "1ms", "max": "5ms"}"#, .uniform(min: .milliseconds(1), max: .milliseconds(5))),
            (#"{"dist": "exponential", "mean": "10ms"}"#, .exponential(mean: .milliseconds(10))),
            (#"{"dist": "lognormal", "median": "20ms", "p99": "150ms"}"#,
             .lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150)))),
        ]
        for (json, expected) in cases {
            var scenario = ScenarioText()
            scenario.fleet = #""gateways": 1, "devices": [{"kind": "gps", "count": 1}], "uplinkLatency": \#(json)"#
            #expect(try spec(scenario).fleet.uplinkLatency == expected, "\(json)")
        }
    }

    @Test func seedsUseTheWholeUInt64Range() throws {
        var scenario = ScenarioText()
        scenario.extra = #", "seed": 18446744073709551615"#
        #expect(try spec(scenario).seed == UInt64.max)
        scenario.extra = #", "seed": 18446744073709551616"#
        #expect(problems(scenario) == ["seed: 18446744073709551616 is out of range (allowed: 0 to 18446744073709551615)"])
    }

    @Test func kebabCaseNames() {
        for good in ["a", "10k-devices", "x-1-y"] { #expect(ScenarioSpec.isKebabCase(good), "\(good)") }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "é"] { #expect(!ScenarioSpec.isKebabCase(bad), "\(bad)") }
    }
}
