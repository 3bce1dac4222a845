/// Where an event stands among others scheduled for the same instant.
///
/// Order within one instant: lower phases run first; within a phase, events run in the order
/// they were scheduled (FIFO). Arrivals at the stream are handled before reads of the same
/// instant, so a record accepted at `t` is visible to a read at `t`.
public struct EventPhase: Hashable, Comparable, Sendable {
    public var rank: UInt8
    @inlinable public init(rank: UInt8) { self.rank = rank }
    @inlinable public static func < (a: EventPhase, b: EventPhase) -> Bool { a.rank < b.rank }

    /// What was under way and ends at `t` (a resharding call completing): settled before any
    /// new operation of the same instant is tried against it.
    public static let settle = EventPhase(rank: 0)
    /// Scheduled operations and faults: they change the world before anything reacts at `t`.
    public static let control = EventPhase(rank: 1)
    /// Producers: emissions, sends and arrivals at the stream.
    public static let produce = EventPhase(rank: 2)
    /// Consumers: reads and processing.
    public static let consume = EventPhase(rank: 3)
}

/// A pending event: its payload and its place in the total order `(time, phase, sequence)`.
///
/// Phase and sequence are packed into one word (phase in the top 8 bits), so ordering two
/// events takes at most two integer comparisons on the queue's hot path.
public struct ScheduledEvent<Payload> {
    public var time: SimTime
    @usableFromInline var rank: UInt64
    public var payload: Payload

    @usableFromInline static var sequenceBits: UInt64 { 56 }

    @inlinable
    init(time: SimTime, phase: EventPhase, sequence: UInt64, payload: Payload) {
        modelPrecondition(sequence >> Self.sequenceBits == 0, "event sequence \(sequence) exceeds 2^56")
        self.time = time
        rank = UInt64(phase.rank) << Self.sequenceBits | sequence
        self.payload = payload
    }

    public var phase: EventPhase { EventPhase(rank: UInt8(truncatingIfNeeded: rank >> Self.sequenceBits)) }
    /// Insertion counter: makes the order total and simultaneous events FIFO.
    public var sequence: UInt64 { rank & ((1 << Self.sequenceBits) - 1) }

    @inlinable
    func precedes(_ other: ScheduledEvent) -> Bool {
        time != other.time ? time < other.time : rank < other.rank
    }
}

/// The future event list: a binary min-heap over `(time, phase, sequence)`.
///
/// Time never goes backwards: scheduling before the time of the last popped event is a
/// programmer error and stops the run. A hand-written heap measured about 1.3× faster than
/// swift-collections' min-max `Heap` for this push/pop pattern (reference/swift-feasibility §6).
/// - Complexity: `schedule` and `popNext` are O(log n).
public struct EventQueue<Payload> {
    @usableFromInline var heap: ContiguousArray<ScheduledEvent<Payload>> = []
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var present: SimTime = .zero
    /// The time of the last event popped: the simulated present.
    public var now: SimTime { present }

    public init() {}

    public var count: Int { heap.count }
    public var isEmpty: Bool { heap.isEmpty }
    /// The time of the next event, if any.
    public var nextTime: SimTime? { heap.first?.time }

    /// Adds an event at `time` in `phase`.
    /// - Precondition: `time >= now`.
    @inlinable
    public mutating func schedule(_ payload: Payload, at time: SimTime, phase: EventPhase = .produce) {
        // Per event or per time value: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(time >= now, "event scheduled in the past: at \(time), now \(now)")
        let event = ScheduledEvent(time: time, phase: phase, sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        heap.append(event)
        heap.withUnsafeMutableBufferPointer { Self.siftUp(&$0, from: $0.count - 1) }
    }

    /// Removes and returns the earliest event and advances `now` to its time.
    @inlinable
    public mutating func popNext() -> ScheduledEvent<Payload>? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { advance(to: last.time); return last }
        var first = last
        heap.withUnsafeMutableBufferPointer { buffer in
            swap(&first, &buffer[0])
            Self.siftDown(&buffer, from: 0)
        }
        advance(to: first.time)
        return first
    }

    @inlinable
    mutating func advance(to time: SimTime) {
        // Per event or per time value: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(time >= now, "time went backwards: \(time) after \(now)")
        present = time
    }

    @inlinable
    static func siftUp(_ buffer: inout UnsafeMutableBufferPointer<ScheduledEvent<Payload>>, from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard buffer[child].precedes(buffer[parent]) else { return }
            buffer.swapAt(child, parent)
            child = parent
        }
    }

    @inlinable
    static func siftDown(_ buffer: inout UnsafeMutableBufferPointer<ScheduledEvent<Payload>>, from start: Int) {
        var parent = start
        let count = buffer.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            let right = left + 1
            let child = right < count && buffer[right].precedes(buffer[left]) ? right : left
            guard buffer[child].precedes(buffer[parent]) else { return }
            buffer.swapAt(child, parent)
            parent = child
        }
    }
}
