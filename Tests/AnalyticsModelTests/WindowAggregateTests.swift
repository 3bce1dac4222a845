import AnalyticsModel
import SimKernel
import Testing

@Suite("Window aggregates")
struct WindowAggregateTests {
    @Test("count, sum, average, min and max of one group")
    func eachAggregate() throws {
        var windows = tumblingWindows()
        for (ms, value) in [(4_000, 3.0), (5_000, -1.0), (6_000, 7.5)] {
            windows.add(reading(ms: Int64(ms), value: value))
        }
        windows.finish(at: simTime(ms: 6_000))
        let row = try #require(windows.results.first)
        #expect(row.count == 3)
        #expect(row.sum == 9.5)
        #expect(row.average == 9.5 / 3)
        #expect(row.min == -1)
        #expect(row.max == 7.5)
    }

    @Test("the scenario default asks for every aggregate")
    func defaultAggregates() {
        let config = WindowConfig(epochMillisAtStart: startEpochMs)
        #expect(config.aggregates == [.count, .sum, .avg, .min, .max])
        #expect(config.aggregates == .all)
    }

    @Test("rows of one window come in group-id order, only for groups that had records")
    func groupOrder() {
        var windows = tumblingWindows(groupBy: .device)
        for device: UInt32 in [9, 2, 5, 2] {
            windows.add(reading(ms: 4_000, value: Double(device), device: device))
        }
        windows.finish(at: simTime(ms: 4_000))
        #expect(windows.results == [
            result(windowMs: 0, group: 2, count: 2, sum: 4, min: 2, max: 2),
            result(windowMs: 0, group: 5, count: 1, sum: 5, min: 5, max: 5),
            result(windowMs: 0, group: 9, count: 1, sum: 9, min: 9, max: 9),
        ])
    }
}
