import Testing
@testable import Scenario

/// Issue 8, defect 10: limits that span two fields, which the models trap on when broken, are
/// refused before the run (every scenario that validates must run).
@Suite struct CrossFieldLimitTests {
    static func readLimits(maxRecords: Int, consumer: String) -> ScenarioText {
        var scenario = ScenarioText.consumer(consumer)
        scenario.stream = #""shards": 1, "limits": {"getRecordsMaxRecords": \#(maxRecords)}"#
        return scenario
    }

    @Test func consumerLimitAboveGetRecordsMaxRecordsIsRefused() {
        #expect(problems(Self.readLimits(maxRecords: 100, consumer: #""limit": 101"#)) == [
            "consumers[0].limit: 101 is more than the stream's getRecordsMaxRecords 100 "
                + "(allowed: 1 to 100, the most one GetRecords call returns)",
        ])
        #expect(problems(Self.readLimits(maxRecords: 100, consumer: #""limit": 100"#)).isEmpty)
    }

    @Test func unsetConsumerLimitTakesTheStreamMaximumWhenItIsLower() throws {
        #expect(try spec(Self.readLimits(maxRecords: 100, consumer: #""pollInterval": "1s""#)).consumers[0].limit == 100)
        #expect(try spec(Self.readLimits(maxRecords: 20_000, consumer: #""pollInterval": "1s""#)).consumers[0].limit == 10_000)
    }

    @Test func fanOutConsumersHaveNoGetRecordsLimit() {
        #expect(problems(Self.readLimits(maxRecords: 100, consumer: #""type": "efo", "limit": 5000"#)).isEmpty)
    }

    static func startingAt(_ startTime: String, window: String? = nil, duration: String = "1m") -> ScenarioText {
        var scenario = window.map { ScenarioText.analytics(#""type": "tumbling", "size": "\#($0)""#) } ?? ScenarioText()
        scenario.top = #""version": 1, "name": "minimal", "duration": "\#(duration)", "startTime": "\#(startTime)""#
        return scenario
    }

    @Test(arguments: ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1677-09-20T00:00:00Z"])
    func startTimeOutsideEpochNanosecondsIsRefused(_ startTime: String) {
        let found = problems(Self.startingAt(startTime, window: "1d"))
        #expect(found.count == 1 && found[0].hasPrefix("startTime: \"\(startTime)\" is out of range: the run"), "\(found)")
    }

    /// The range is quoted in the message and its ends are valid start times.
    @Test func startTimeBoundsDependOnTheRunAndTheLargestWindow() throws {
        let found = problems(Self.startingAt("2262-04-11T00:00:00Z", window: "1d"))
        #expect(found == [
            #"startTime: "2262-04-11T00:00:00Z" is out of range: the run (duration 1m + drain 5m, largest window with "#
                + #"its lag and lateness 1d5s on either side) must fit in 64-bit epoch nanoseconds "#
                + #"(allowed: 1677-09-22T00:12:48.146Z to 2262-04-10T23:41:11.854Z)"#,
        ])
        #expect(problems(Self.startingAt("1677-09-22T00:12:48.146Z", window: "1d")).isEmpty)
        #expect(problems(Self.startingAt("2262-04-10T23:41:11.854Z", window: "1d")).isEmpty)
        #expect(problems(Self.startingAt("2262-04-10T23:41:11.855Z", window: "1d")).count == 1)
        #expect(problems(Self.startingAt("2262-04-11T00:00:00Z")).isEmpty)
    }

    @Test func durationOverrideRechecksTheStartTime() throws {
        let spec = try spec(Self.startingAt("2262-04-10T23:41:11.854Z", window: "1d"))
        #expect(throws: ScenarioErrors.self) { try spec.withOverrides(seed: nil, duration: .minutes(2)) }
        #expect(try spec.withOverrides(seed: nil, duration: .seconds(30)).duration == .seconds(30))
    }

    @Test func windowSizeIsAWholeNumberOfMilliseconds() {
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "size": "1ms500us""#)) == [
            #"consumers[0].analytics[0].size: "1ms500us" is not a whole number of milliseconds "#
                + "(window results are reported in milliseconds)",
        ])
    }

    @Test func startTimeRendersBothSidesOfTheEpoch() {
        #expect(StartTime.text(epochMilliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(StartTime.text(epochMilliseconds: -1) == "1969-12-31T23:59:59.999Z")
        for text in ["0000-03-01T00:00:00Z", "1677-09-21T00:12:43Z", "2024-02-29T12:34:56Z", "9999-12-31T23:59:59Z"] {
            let parsed = StartTime(parsing: text)!
            #expect(StartTime.text(epochMilliseconds: parsed.epochMilliseconds) == text.dropLast() + ".000Z")
        }
    }
}

/// Split-shard faults the stream model could not carry out: a 115th halving of one range, and
/// more than 10,000 open shards under autoscaling (UpdateShardCount's limit).
@Suite struct SplitFaultLimitTests {
    static func splitting(_ count: Int, stream: String, duration: String = "1m") -> ScenarioText {
        var scenario = ScenarioText()
        scenario.top = #""version": 1, "name": "minimal", "duration": "\#(duration)""#
        scenario.stream = stream
        let faults = (0..<count).map { #"{"at": "\#($0)s", "type": "split-shard", "shard": 0}"# }
        scenario.extra = #", "faults": [\#(faults.joined(separator: ", "))]"#
        return scenario
    }

    @Test func atMostAHundredSplitFaults() {
        #expect(problems(Self.splitting(100, stream: #""shards": 1"#, duration: "2m")).isEmpty)
        #expect(problems(Self.splitting(101, stream: #""shards": 1"#, duration: "2m")) == [
            #"faults[100].type: "split-shard" makes 101 split-shard faults (allowed: at most 100; each halves a hash range, which holds at least 2^114 keys)"#,
        ])
    }

    @Test func splitsLeaveRoomAboveAutoscaling() throws {
        let autoscaled = #""shards": 9998, "autoscaling": {"scaleUpAt": 0.5, "scaleDownAt": 0.1}"#
        #expect(problems(Self.splitting(2, stream: autoscaled)).isEmpty == false)
        #expect(problems(Self.splitting(3, stream: #""shards": 9998"#)).isEmpty)
        let small = #""shards": 4, "autoscaling": {"scaleUpAt": 0.5, "scaleDownAt": 0.1}"#
        #expect(problems(Self.splitting(3, stream: small)).isEmpty)
        let spec = try spec(Self.splitting(3, stream: #""shards": 9, "autoscaling": {}"#))
        #expect(throws: ScenarioErrors.self) { try spec.withOverrides(seed: nil, duration: .hours(48)) }
    }
}
