import Testing
@testable import SimKernel

/// The event queue's whole-state audit passes a healthy heap and stops on a broken one.
struct EventQueueAuditTests {
    @Test func aHealthyQueuePassesTheAudit() {
        var queue = EventQueue<Int>()
        var random = SimRandom(seed: 3)
        for value in 0..<500 { queue.schedule(value, at: SimTime(nanoseconds: Int64(random.bounded(1_000)))) }
        for _ in 0..<200 { _ = queue.popNext() }
        queue.checkInvariants()
    }

    @Test func aHeapWithAChildBeforeItsParentStops() async {
        await #expect(processExitsWith: .failure) {
            var queue = EventQueue<Int>()
            for time in [1, 2, 3] as [Int64] { queue.schedule(0, at: SimTime(nanoseconds: time)) }
            queue.heap.swapAt(0, 2)
            queue.checkInvariants()
        }
    }
}
