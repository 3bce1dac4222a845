/// A model of the whole world that the step loop drives: it owns no clock and no queue.
public protocol EventHandler {
    associatedtype Event
    /// Handles one event at `now`, scheduling follow-ups on `queue`.
    mutating func handle(_ event: Event, now: SimTime, queue: inout EventQueue<Event>)
}

/// Why a call to `Simulation.run` returned.
public enum StopReason: Equatable, Sendable {
    /// The next event lies after the `until` bound (it stays queued).
    case reachedTime
    /// No events are left.
    case queueEmpty
    /// The kernel's `maxEvents` budget is used up: an error that names the limit.
    case eventBudgetExhausted(limit: UInt64)
}

/// The step loop: pops events in total order and hands them to the world.
///
/// Runs may be resumed: `run(until:)` can be called repeatedly with growing bounds, which is how
/// the harness reports progress without touching the simulated world.
public struct Simulation<World: EventHandler> {
    public var world: World
    public var queue: EventQueue<World.Event>
    @usableFromInline var handled: UInt64 = 0
    /// Events handled so far.
    public var eventsHandled: UInt64 { handled }

    public init(world: World, queue: EventQueue<World.Event> = EventQueue()) {
        self.world = world
        self.queue = queue
    }

    /// Handles every event with time ≤ `until`, stopping early when `maxEvents` is reached.
    @inlinable
    public mutating func run(until: SimTime, maxEvents: UInt64 = .max) -> StopReason {
        while let nextTime = queue.nextTime {
            guard nextTime <= until else { return .reachedTime }
            guard handled < maxEvents else { return .eventBudgetExhausted(limit: maxEvents) }
            let event = queue.popNext()!
            handled &+= 1
            world.handle(event.payload, now: event.time, queue: &queue)
        }
        return .queueEmpty
    }
}
