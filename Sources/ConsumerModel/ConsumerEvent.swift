import SimKernel

/// A consumer application's own event as the world's queue carries it: which application, what
/// it does (each kind numbers its own actions) and which shard or worker it concerns. Eight
/// bytes, so the queue's entries are no larger than when the world named each kind's events.
public struct ConsumerEvent: Equatable, Sendable {
    /// The application's index among the run's consumers.
    public var app: Int16
    /// The kind's own action code (`PollingConsumer.Action`, `KCLApplication.Action`, …).
    public var action: UInt8
    /// The shard or worker the action concerns.
    public var target: Int32

    public init(app: Int, action: UInt8, target: Int) {
        self.app = Int16(app)
        self.action = action
        self.target = Int32(target)
    }
}

/// Where a consumer application puts its events: the world's queue, in the consume phase.
public protocol ConsumerScheduler {
    mutating func schedule(_ event: ConsumerEvent, at time: SimTime)
}
