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

    public init(name: String, status: String, message: String?) {
        self.name = name
        self.status = status
        self.message = message
    }
}
