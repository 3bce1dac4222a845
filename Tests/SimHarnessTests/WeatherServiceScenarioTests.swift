import AnalyticsModel
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The weather-service example (`scenarios/weather-service.json`), shortened to 3 minutes: 60 s
/// ROWTIME windows per station and sensor, and 60 s event-time windows sliding by 10 s.
@Suite struct WeatherServiceScenarioTests {
    static let result = ScenarioFixtures.run(ScenarioFixtures.overriding(ScenarioFixtures.load("weather-service").spec,
                                                                         duration: .minutes(3)))

    /// Every station's every sensor has a row in a whole minute of processing time: 2,500 stations
    /// of three sensors, each reporting every 10 s, so six readings a window.
    @Test func rowtimeWindowsCountEachStationsSensors() throws {
        let result = Self.result
        #expect(result.invariantsHold)
        #expect(result.invariants.contains { $0.name == "window-completeness" })
        let perStation = try #require(result.windows.first { $0.operatorIndex == 0 })
        let secondMinute = perStation.results.filter { $0.start == perStation.results[0].start + 60_000 }
        #expect(secondMinute.count == 7_500)
        #expect(Set(secondMinute.map(\.count)).isSubset(of: [5, 6, 7]))
        #expect(perStation.groups.label(of: secondMinute[0].group).hasPrefix("station=st-00"))
        #expect(perStation.groups.label(of: secondMinute[0].group).contains(",sensor="))
    }

    /// Each record counts in the six sliding windows that cover it: a window's count is, per
    /// state and sensor, six slides' worth of readings.
    @Test func slidingWindowsCoverSixSlides() throws {
        let sliding = try #require(Self.result.windows.first { $0.operatorIndex == 1 })
        #expect(sliding.groups.keys == [.state, .sensor])
        let full = sliding.results.filter { $0.start == sliding.results[0].start + 120_000 }
        #expect(full.count == 50 * 3)
        // 50 stations a state, 6 readings a minute each.
        #expect(full.allSatisfy { (280...320).contains($0.count) }, "\(full.map(\.count))")
        #expect(sliding.lateDropped == 0)
    }
}
