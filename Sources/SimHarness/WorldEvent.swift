/// Everything that can happen in the world, as data (never closures), so the event list can be
/// ordered, inspected and reproduced.
enum WorldEvent {
    /// A gateway sends the batch it assembled.
    case gatewaySend(gateway: Int32)
    /// A PutRecords request reaches the stream.
    case putArrival(request: Int32)
    /// The stream's response reaches the gateway.
    case putResponse(request: Int32)
    /// A backoff has elapsed: the gateway resends a request's failed entries.
    case putRetry(request: Int32)
    /// A polling consumer's loop calls GetRecords on a shard.
    case poll(consumer: Int32, shard: Int32)
    /// An enhanced fan-out subscription pushes records of a shard to its consumer.
    case push(consumer: Int32, shard: Int32)
    /// A fan-out consumer's subscription to a shard expires: it subscribes again (E3).
    case renewSubscription(consumer: Int32, shard: Int32)
    /// The capacity policy looks at the stream (each autoscaling period, or each second on demand).
    case capacityTick
    /// The stream operation `WorldConfig.operations[index]` takes place.
    case operation(index: Int32)
    /// Scheduled fault `fault` (its index in `WorldConfig.faults`) starts.
    case faultBegins(fault: Int32)
    /// Scheduled fault `fault` ends, after its duration.
    case faultEnds(fault: Int32)
}
