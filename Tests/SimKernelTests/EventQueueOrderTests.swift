import Testing
@testable import SimKernel

/// The queue's total order `(time, phase, sequence)` and the clock it drives.
struct EventQueueOrderTests {
    static func t(_ nanoseconds: Int64) -> SimTime { SimTime(nanoseconds: nanoseconds) }

    static func drain<Payload>(_ queue: inout EventQueue<Payload>) -> [Payload] {
        var popped: [Payload] = []
        while let event = queue.popNext() { popped.append(event.payload) }
        return popped
    }

    @Test func earlierTimeFirst() {
        var queue = EventQueue<String>()
        queue.schedule("c", at: Self.t(30))
        queue.schedule("a", at: Self.t(10))
        queue.schedule("b", at: Self.t(20))
        #expect(Self.drain(&queue) == ["a", "b", "c"])
    }

    @Test func fifoAmongEqualTimeAndPhase() {
        var queue = EventQueue<Int>()
        for value in 0..<100 { queue.schedule(value, at: Self.t(5), phase: .consume) }
        #expect(Self.drain(&queue) == Array(0..<100))
    }

    @Test func lowerPhaseFirstAtEqualTime() {
        var queue = EventQueue<String>()
        queue.schedule("consume", at: Self.t(7), phase: .consume)
        queue.schedule("produce", at: Self.t(7), phase: .produce)
        queue.schedule("custom", at: Self.t(7), phase: EventPhase(rank: 200))
        queue.schedule("control", at: Self.t(7), phase: .control)
        queue.schedule("earlier", at: Self.t(6), phase: .consume)
        #expect(Self.drain(&queue) == ["earlier", "control", "produce", "consume", "custom"])
    }

    @Test func phaseRanks() {
        #expect(EventPhase.settle < .control)
        #expect(EventPhase.control < .produce)
        #expect(EventPhase.produce < .consume)
        #expect([EventPhase.settle, .control, .produce, .consume].map(\.rank) == [0, 1, 2, 3])
    }

    @Test func defaultPhaseIsProduce() {
        var queue = EventQueue<Int>()
        queue.schedule(1, at: Self.t(0))
        #expect(queue.popNext()?.phase == .produce)
    }

    @Test func sequenceCountsInsertions() {
        var queue = EventQueue<Int>()
        queue.schedule(0, at: Self.t(9))
        queue.schedule(1, at: Self.t(3))
        queue.schedule(2, at: Self.t(6))
        var sequences: [UInt64] = []
        while let event = queue.popNext() { sequences.append(event.sequence) }
        #expect(sequences == [1, 2, 0])
    }

    @Test func nowFollowsPoppedEventsMonotonically() {
        var queue = EventQueue<Int>()
        #expect(queue.now == .zero)
        for time: Int64 in [40, 10, 10, 30, 20] { queue.schedule(Int(time), at: Self.t(time)) }
        var seen: [Int64] = []
        while let event = queue.popNext() {
            #expect(queue.now == event.time)
            seen.append(queue.now.nanoseconds)
        }
        #expect(seen == [10, 10, 20, 30, 40])
        #expect(queue.now == Self.t(40))  // popping an empty queue leaves the clock alone
    }

    @Test func countNextTimeAndEmptiness() {
        var queue = EventQueue<Int>()
        #expect(queue.isEmpty && queue.count == 0 && queue.nextTime == nil)
        #expect(queue.popNext() == nil)
        queue.schedule(1, at: Self.t(8))
        queue.schedule(2, at: Self.t(4))
        #expect(!queue.isEmpty && queue.count == 2 && queue.nextTime == Self.t(4))
        _ = queue.popNext()
        #expect(queue.count == 1 && queue.nextTime == Self.t(8))
    }

    /// An event may be scheduled at the present instant, even in a lower phase than the one
    /// running: it is still in the future of the total order's clock.
    @Test func schedulingAtNowIsAllowed() {
        var queue = EventQueue<String>()
        queue.schedule("first", at: Self.t(5), phase: .consume)
        _ = queue.popNext()
        queue.schedule("same instant", at: Self.t(5), phase: .control)
        #expect(queue.popNext()?.payload == "same instant")
        #expect(queue.now == Self.t(5))
    }
}
