import DequeModule
import StreamModel
import Telemetry

/// One gateway's backlog of readings it could not send while offline, oldest first.
///
/// An entry remembers whether the stream already accepted its reading (a request whose
/// response was lost before the outage): resent from the queue it becomes a duplicate, as it
/// would on a real device, and it is not counted as held or dropped.
struct OfflineQueue {
    struct Held {
        var entry: PutEntry<Reading>
        var acceptedBefore: Bool
    }

    var held: Deque<Held> = []
    /// Outages in progress (`gateway-offline` faults may overlap).
    var outages = 0
    /// A drain chain is scheduled: the queue is sent at the drain rate until empty.
    var draining = false
    /// The next drain request waits for the rate limiter (counted once in `rateLimited`).
    var drainHeldBack = false

    var isOffline: Bool { outages > 0 }

    /// Readings held that the stream never accepted.
    var unacceptedCount: Int { held.lazy.filter { !$0.acceptedBefore }.count }

    /// Holds `item`, making room by `config`'s overflow policy; returns the item given up, if any.
    mutating func hold(_ item: Held, config: OfflineQueueConfig) -> Held? {
        guard let capacity = config.capacity, held.count >= capacity else {
            held.append(item)
            return nil
        }
        switch config.overflow {
        case .dropNewest:
            return item
        case .dropOldest:
            let oldest = held.removeFirst()
            held.append(item)
            return oldest
        }
    }
}
