/// One entry of a run's timeline: a fault, a stream operation, or a capacity-policy decision.
public struct StoredEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A scenario fault (`traffic-burst`, `internal-failure`, ...), with its end when it lasts.
        case fault
        /// A reshard that took effect: parents closed, children opened.
        case reshard
        /// A stream operation the stream refused (the stream is unchanged).
        case refused
        /// What autoscaling or on-demand capacity decided.
        case policy
    }

    /// Simulated seconds since the run began.
    public var atS: Double
    /// When a lasting fault ended; nil for instants.
    public var endS: Double?
    public var kind: Kind
    /// As the end-of-run summary prints it.
    public var description: String

    public init(atS: Double, endS: Double? = nil, kind: Kind, description: String) {
        self.atS = atS
        self.endS = endS
        self.kind = kind
        self.description = description
    }
}
