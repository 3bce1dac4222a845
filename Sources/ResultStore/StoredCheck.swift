/// The outcome of one invariant checker or one SLO.
///
/// Invariants use status "ok" or "violated", SLOs "ok" or "missed"; anything but "ok" must
/// carry a message (the first violation, or "missed: <value> > <limit>"), because a failure
/// nobody can explain is useless in a report. The schema enforces both rules.
public struct StoredCheck: Sendable, Equatable {
    /// Unique within a run and kind.
    public var name: String
    public var status: String
    public var message: String?
    /// Invariants: how many times it broke. Nil for objectives and for runs stored before counts.
    public var violations: Int64?
    /// Objectives: the value measured, its limit and the consumer it came from (per-consumer
    /// objectives such as p99 latency). Nil for invariants and for runs stored before them.
    public var measured: Double?
    public var limit: Double?
    public var consumer: String?

    public init(name: String, status: String, message: String?, violations: Int64? = nil,
                measured: Double? = nil, limit: Double? = nil, consumer: String? = nil) {
        self.name = name
        self.status = status
        self.message = message
        self.violations = violations
        self.measured = measured
        self.limit = limit
        self.consumer = consumer
    }

    public var isOK: Bool { status == "ok" }
}

/// One message of a violated invariant, among the first few its checker kept.
public struct StoredViolation: Sendable, Equatable {
    public var invariant: String
    public var message: String

    public init(invariant: String, message: String) {
        self.invariant = invariant
        self.message = message
    }
}
