import AnalyticsModel
import SimKernel
import Testing

@Suite("Processing-time windows")
struct ProcessingTimeWindowTests {
    @Test("records go to the window of their arrival, whatever their event time")
    func windowsByArrival() {
        var windows = tumblingWindows(time: .processing, watermarkLag: .seconds(5), allowedLateness: .seconds(5))
        let old = reading(ms: 3_000, value: 2)
        windows.add(old, shard: 0, arrivedAt: simTime(ms: 9_000))
        windows.add(old, shard: 0, arrivedAt: simTime(ms: 10_000))  // closes [0, 10 s): no lag, no lateness
        #expect(windows.results == [result(windowMs: 0, count: 1, sum: 2, min: 2, max: 2)])
        windows.add(old, shard: 0, arrivedAt: simTime(ms: 31_000))
        windows.finish(at: simTime(ms: 31_000))
        #expect(windows.windowBoundsMs == [[0, 10_000], [10_000, 20_000], [30_000, 40_000]])
        #expect(windows.lateDropped == 0)
    }

    @Test("advancing processing time closes windows without a record")
    func advanceCloses() {
        var windows = tumblingWindows(time: .processing)
        windows.add(reading(ms: 4_000), shard: 0, arrivedAt: simTime(ms: 4_000))
        windows.advance(to: simTime(ms: 9_999))
        #expect(windows.results.isEmpty)
        windows.advance(to: simTime(ms: 10_000))
        #expect(windows.windowBoundsMs == [[0, 10_000]])
    }

    @Test("advancing does not move an event-time watermark")
    func advanceIgnoredForEventTime() {
        var windows = tumblingWindows()
        windows.add(reading(ms: 4_000))
        windows.advance(to: simTime(ms: 60_000))
        #expect(windows.results.isEmpty)
    }
}
