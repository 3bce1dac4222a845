import Testing
@testable import SimKernel

/// Seed sweeps: the heap pops exactly what a stable sort (or a naive reference queue) would.
struct EventQueueOrderPropertyTests {
    struct Entry: Equatable {
        var time: Int64
        var rank: UInt8
        var insertion: Int
    }

    /// Few distinct times and phases, so ties (the FIFO rule) are common.
    static func randomEntry(_ random: inout SimRandom, insertion: Int, notBefore earliest: Int64) -> Entry {
        Entry(time: earliest + Int64(random.bounded(12)), rank: UInt8(random.bounded(3)), insertion: insertion)
    }

    static func schedule(_ entry: Entry, on queue: inout EventQueue<Entry>) {
        queue.schedule(entry, at: SimTime(nanoseconds: entry.time), phase: EventPhase(rank: entry.rank))
    }

    /// Schedule everything, then pop everything: the result is the stable sort by (time, phase).
    @Test func popOrderIsStableSortByTimeAndPhase() {
        for seed: UInt64 in 0..<2_000 {
            var random = SimRandom(masterSeed: seed, label: "queue-batch", index: 0)
            let entries = (0..<Int(random.bounded(40))).map { Self.randomEntry(&random, insertion: $0, notBefore: 0) }
            var queue = EventQueue<Entry>()
            for entry in entries { Self.schedule(entry, on: &queue) }
            var popped: [Entry] = []
            while let event = queue.popNext() { popped.append(event.payload) }
            let expected = entries.sorted { ($0.time, $0.rank, $0.insertion) < ($1.time, $1.rank, $1.insertion) }
            #expect(popped == expected, "seed \(seed)")
            if popped != expected { return }
        }
    }

    /// Pushes and pops interleaved, new events never before `now`: each pop matches the minimum
    /// of a plain array under (time, phase, insertion).
    @Test func interleavedOperationsMatchReferenceQueue() {
        for seed: UInt64 in 0..<1_000 {
            var random = SimRandom(masterSeed: seed, label: "queue-interleaved", index: 0)
            var queue = EventQueue<Entry>()
            var reference: [Entry] = []
            var insertions = 0
            for _ in 0..<60 {
                if random.chance(0.55) {
                    let entry = Self.randomEntry(&random, insertion: insertions, notBefore: queue.now.nanoseconds)
                    insertions += 1
                    Self.schedule(entry, on: &queue)
                    reference.append(entry)
                } else {
                    let popped = queue.popNext()?.payload
                    let smallest = reference.indices.min {
                        (reference[$0].time, reference[$0].rank, reference[$0].insertion)
                            < (reference[$1].time, reference[$1].rank, reference[$1].insertion)
                    }
                    let expected = smallest.map { reference.remove(at: $0) }
                    #expect(popped == expected, "seed \(seed)")
                    if popped != expected { return }
                }
                #expect(queue.count == reference.count, "seed \(seed)")
            }
        }
    }
}
