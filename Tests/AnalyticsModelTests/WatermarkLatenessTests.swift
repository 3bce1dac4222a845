import AnalyticsModel
import SimKernel
import Testing

@Suite("Event-time watermark and lateness")
struct WatermarkLatenessTests {
    @Test("a record out of order within the watermark lag is aggregated")
    func outOfOrderWithinLag() {
        var windows = tumblingWindows(watermarkLag: .seconds(5))
        windows.add(reading(ms: 9_000, value: 1))
        windows.add(reading(ms: 14_000, value: 10))  // watermark 9 s: [0, 10 s) still open
        windows.add(reading(ms: 5_000, value: 2))
        #expect(windows.results.isEmpty)
        windows.add(reading(ms: 15_000, value: 10))  // watermark 10 s: [0, 10 s) fires
        #expect(windows.results == [result(windowMs: 0, count: 2, sum: 3, min: 1, max: 2)])
        #expect(windows.lateDropped == 0)
    }

    @Test("a record behind the watermark beyond the lateness is counted and not aggregated")
    func lateDropped() {
        var windows = tumblingWindows()
        windows.add(reading(ms: 9_000, value: 1))
        windows.add(reading(ms: 12_000, value: 5))  // watermark 12 s closes [0, 10 s)
        windows.add(reading(ms: 8_000, value: 100))
        windows.finish(at: simTime(ms: 12_000))
        #expect(windows.lateDropped == 1)
        #expect(windows.recordsIn == 3)
        #expect(windows.results == [
            result(windowMs: 0, count: 1, sum: 1, min: 1, max: 1),
            result(windowMs: 10_000, count: 1, sum: 5, min: 5, max: 5),
        ])
    }

    @Test("a record for a window never opened is late once that window would have closed")
    func lateForUnopenedWindow() {
        var windows = tumblingWindows()
        windows.add(reading(ms: 25_000))
        windows.add(reading(ms: 12_000))
        #expect(windows.lateDropped == 1)
    }

    @Test("allowed lateness keeps a fired window open; its result is emitted once, at close")
    func allowedLatenessKeepsWindowOpen() {
        var windows = tumblingWindows(allowedLateness: .seconds(5))
        windows.add(reading(ms: 9_000, value: 1))
        windows.add(reading(ms: 12_000, value: 5))  // watermark 12 s: fired, open until 15 s
        windows.add(reading(ms: 4_000, value: 3))
        #expect(windows.results.isEmpty)
        windows.add(reading(ms: 15_000, value: 5))  // watermark 15 s: [0, 10 s) closes
        #expect(windows.results == [result(windowMs: 0, count: 2, sum: 4, min: 1, max: 3)])
        windows.add(reading(ms: 6_000, value: 3))
        #expect(windows.lateDropped == 1)
    }

    @Test("finish closes every open window, in start order")
    func finishFlushes() {
        var windows = tumblingWindows(watermarkLag: .seconds(60))
        windows.add(reading(ms: 25_000))
        windows.add(reading(ms: 4_000))
        windows.add(reading(ms: 15_000))
        #expect(windows.results.isEmpty)
        #expect(windows.openPaneCount == 3)
        windows.finish(at: simTime(ms: 30_000))
        #expect(windows.windowBoundsMs == [[0, 10_000], [10_000, 20_000], [20_000, 30_000]])
        #expect(windows.openPaneCount == 0)
    }
}
