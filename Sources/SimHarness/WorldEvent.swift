import ConsumerModel

/// Everything that can happen in the world, as data (never closures), so the event list can be
/// ordered, inspected and reproduced.
public enum WorldEvent {
    /// A gateway sends the batch it assembled.
    case gatewaySend(gateway: Int32)
    /// A PutRecords request reaches the stream.
    case putArrival(request: Int32)
    /// The stream's response reaches the gateway.
    case putResponse(request: Int32)
    /// A backoff has elapsed: the gateway resends a request's failed entries.
    case putRetry(request: Int32)
    /// A reconnected gateway sends its next request of readings held while it was offline.
    case offlineDrain(gateway: Int32)
    /// A consumer application's own event (a poll, a push, a lease renewal, …): the world hands
    /// it to the application without knowing what it is.
    case consumer(ConsumerEvent)
    /// The capacity policy looks at the stream (each autoscaling period, or each second on demand).
    case capacityTick
    /// The stream operation `WorldConfig.operations[index]` is called.
    case operation(index: Int32)
    /// The resharding call under way completes: its new shards take writes (RS7).
    case reshardCompletes
    /// Scheduled fault `fault` (its index in `WorldConfig.faults`) starts.
    case faultBegins(fault: Int32)
    /// Scheduled fault `fault` ends, after its duration.
    case faultEnds(fault: Int32)
}
