/// The outcome of one invariant checker over a run.
public struct InvariantResult: Equatable, Sendable {
    /// Stable name, used as `invariants.<name>` in the machine summary.
    public var name: String
    /// How many times the invariant broke (0: it held).
    public var violations: UInt64
    /// Exactly what broke first: entity, simulated time and values.
    public var firstViolation: String?

    public init(name: String, violations: UInt64, firstViolation: String?) {
        self.name = name
        self.violations = violations
        self.firstViolation = firstViolation
    }

    public var holds: Bool { violations == 0 }
}

/// First-violation bookkeeping shared by every checker.
struct ViolationLog: Sendable {
    var count: UInt64 = 0
    var first: String?

    /// Records a violation; the message is built only for the first one.
    mutating func record(_ message: @autoclosure () -> String) {
        if first == nil { first = message() }
        count += 1
    }

    func result(named name: String) -> InvariantResult {
        InvariantResult(name: name, violations: count, firstViolation: first)
    }
}
