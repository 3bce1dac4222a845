import AnalyticsModel
import SimKernel
import Testing

@Suite("Tumbling window alignment")
struct WindowAlignmentTests {
    @Test("windows align to the epoch, not to the run's start time")
    func alignsToEpoch() {
        var windows = tumblingWindows()
        windows.add(reading(ms: 3_000))  // simulated t = 0
        windows.add(reading(ms: 9_999))
        windows.finish(at: simTime(ms: 9_999))
        #expect(windows.windowBoundsMs == [[0, 10_000]])
        #expect(windows.results.first?.count == 2)
    }

    @Test("a timestamp exactly at a window's end belongs to the next window")
    func endIsExclusive() {
        var windows = tumblingWindows()
        windows.add(reading(ms: 9_999))
        windows.add(reading(ms: 10_000))
        windows.finish(at: simTime(ms: 10_000))
        #expect(windows.windowBoundsMs == [[0, 10_000], [10_000, 20_000]])
        #expect(windows.results.map(\.count) == [1, 1])
    }

    @Test("alignment is computed in nanoseconds: one nanosecond before the boundary stays behind")
    func nanosecondBoundary() {
        var windows = tumblingWindows()
        var justBefore = reading(ms: 3_000)
        justBefore.emittedAt = simTime(ms: 10_000) - .nanoseconds(1)
        windows.add(reading(ms: 3_000))
        windows.add(justBefore)
        windows.finish(at: simTime(ms: 10_000))
        #expect(windows.windowBoundsMs == [[0, 10_000]])
        #expect(windows.results.first?.count == 2)
    }

    @Test("open windows stay few however many records pass")
    func boundedOpenWindows() {
        var windows = tumblingWindows(watermarkLag: .seconds(5))
        for second in Int64(3)..<10_003 {
            windows.add(reading(ms: second * 1_000))
            #expect(windows.openPaneCount <= 2)
        }
        windows.finish(at: simTime(ms: 10_003_000))
        #expect(windows.results.count == 1_001)
        #expect(windows.recordsIn == 10_000)
    }
}
