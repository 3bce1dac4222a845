import SimKernel

/// When each of one gateway's devices emits next, and which emits first.
///
/// Devices of a group without jitter emit at `phase + k·interval`: after one emits, its next
/// emission comes after every other device of its group has emitted once, so the group's order
/// never changes. Such a group is a `Lane`, a ring walked by a cursor: O(1) per reading instead
/// of a heap's O(log n). Jittered devices can overtake each other and stay in a heap. The next
/// emitter is the earliest lane head or heap top; ties go to lanes in group order, then the heap.
struct EmissionSchedule {
    /// The devices of one unjittered group, in emission order from `cursor` on.
    struct Lane {
        var slots: ContiguousArray<UInt32> = []
        /// `times[i]`: the next emission of `slots[i]`.
        var times: ContiguousArray<SimTime> = []
        var cursor = 0
    }

    var lanes: [Lane] = []
    /// `laneHeads[i]`: the next emission in lane `i`, kept flat so finding the earliest copies
    /// no lane.
    var laneHeads: ContiguousArray<SimTime> = []
    var jittered = EventQueue<UInt32>()
    /// The earliest next emission and its source, kept current by every change.
    private(set) var head: (time: SimTime, source: Source)?

    /// Where the next emitter comes from.
    enum Source: Equatable { case lane(Int), heap }

    /// The device at the head of `source`, removed from a heap (a lane keeps it, see `requeue`).
    mutating func take(from source: Source) -> UInt32 {
        switch source {
        case .lane(let index): return lanes[index].slots[lanes[index].cursor]
        case .heap: return jittered.popNext()!.payload
        }
    }

    /// Puts the device just taken from `source` back, emitting next at `time`.
    mutating func requeue(_ slot: UInt32, from source: Source, at time: SimTime) {
        switch source {
        case .lane(let index):
            let cursor = lanes[index].cursor
            lanes[index].times[cursor] = time
            let next = cursor + 1 == lanes[index].slots.count ? 0 : cursor + 1
            lanes[index].cursor = next
            laneHeads[index] = lanes[index].times[next]
        case .heap:
            jittered.schedule(slot, at: time)
        }
        findHead()
    }

    /// Adds a lane of devices (slot, first emission), ordered by time then slot as a heap would.
    mutating func addLane(_ devices: [(slot: UInt32, time: SimTime)]) {
        let ordered = devices.sorted { ($0.time, $0.slot) < ($1.time, $1.slot) }
        lanes.append(Lane(slots: ContiguousArray(ordered.map(\.slot)), times: ContiguousArray(ordered.map(\.time))))
        laneHeads.append(ordered[0].time)
        findHead()
    }

    /// Adds a jittered device's first emission.
    mutating func addJittered(_ slot: UInt32, at time: SimTime) {
        jittered.schedule(slot, at: time)
        findHead()
    }

    /// The earliest lane head or heap top; ties go to lanes in group order, then the heap.
    mutating func findHead() {
        var best: (time: SimTime, source: Source)?
        for index in laneHeads.indices where best == nil || laneHeads[index] < best!.time {
            best = (laneHeads[index], .lane(index))
        }
        if let time = jittered.nextTime, best == nil || time < best!.time { best = (time, .heap) }
        head = best
    }

    /// Whole-state audit: each lane is in emission order from its cursor, the heap is sound.
    func checkInvariants() {
        for (index, lane) in lanes.enumerated() where lane.slots.count > 1 {
            modelPrecondition(laneHeads[index] == lane.times[lane.cursor], "emission lane \(index) head is stale")
            for step in 0..<(lane.slots.count - 1) {
                let here = lane.times[(lane.cursor + step) % lane.slots.count]
                let after = lane.times[(lane.cursor + step + 1) % lane.slots.count]
                modelPrecondition(here <= after, "emission lane \(index) out of order: \(here) before \(after)")
            }
        }
        jittered.checkInvariants()
    }
}
