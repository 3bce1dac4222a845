import Testing
@testable import Scenario
import StreamModel

/// `stream.prices`: every price is optional, defaults to `StreamPrices.init`'s list price, and
/// must be a non-negative number.
@Suite struct PricesDecodingTests {
    static func prices(_ members: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.stream = #""shards": 1, "prices": {\#(members)}"#
        return scenario
    }

    @Test func anEmptyOrMissingObjectKeepsTheListPrices() throws {
        #expect(try spec(ScenarioText()).stream.prices == StreamPrices())
        #expect(try spec(Self.prices("")).stream.prices == StreamPrices())
    }

    @Test func eachFieldSetsItsOwnPriceAndOnlyThat() throws {
        let decoded = try spec(Self.prices(#"""
            "shardHour": 1, "putPayloadUnitPerMillion": 2, "onDemandStreamHour": 3, "onDemandWrittenGB": 4,
            "onDemandReadGB": 5, "onDemandFanOutReadGB": 6
            """#)).stream.prices
        #expect(decoded == StreamPrices(shardHourUSD: 1, putPayloadUnitPerMillionUSD: 2, onDemandStreamHourUSD: 3,
                                        onDemandWrittenGBUSD: 4, onDemandReadGBUSD: 5, onDemandFanOutReadGBUSD: 6))
        var expected = StreamPrices()
        expected.onDemandReadGBUSD = 0
        #expect(try spec(Self.prices(#""onDemandReadGB": 0"#)).stream.prices == expected)
    }

    @Test func aBadPriceIsReportedWithItsPathValueAndWhatIsAllowed() {
        #expect(problems(Self.prices(#""onDemandWrittenGB": -0.08, "onDemandFanOutReadGB": "cheap""#)) == [
            "stream.prices.onDemandWrittenGB: -0.08 is out of range (allowed: at least 0)",
            #"stream.prices.onDemandFanOutReadGB: "cheap" is not a number (allowed: at least 0)"#,
        ])
        #expect(problems(Self.prices(#""onDemandGB": 0.1"#)) == [
            "stream.prices.onDemandGB: unknown field (allowed: shardHour, putPayloadUnitPerMillion, onDemandStreamHour, "
                + "onDemandWrittenGB, onDemandReadGB, onDemandFanOutReadGB)",
        ])
    }
}
