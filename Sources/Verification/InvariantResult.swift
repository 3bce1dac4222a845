/// The outcome of one invariant checker over a run.
public struct InvariantResult: Equatable, Sendable {
    /// Stable name, used as `invariants.<name>` in the machine summary.
    public var name: String
    /// How many times the invariant broke (0: it held).
    public var violations: UInt64
    /// Exactly what broke, for the first violations (at most `ViolationLog.keptMessages`):
    /// entity, simulated time and values.
    public var messages: [String]

    public init(name: String, violations: UInt64, messages: [String]) {
        self.name = name
        self.violations = violations
        self.messages = messages
    }

    /// Exactly what broke first.
    public var firstViolation: String? { messages.first }

    public var holds: Bool { violations == 0 }
}

/// Violation bookkeeping shared by every checker: the count, and the messages of the first few.
public struct ViolationLog: Sendable {
    /// Messages a checker keeps: enough to see a pattern in a report, and bounded, so a run that
    /// breaks an invariant a million times stays in fixed memory.
    public static let keptMessages = 10

    var count: UInt64 = 0
    var messages: [String] = []

    /// Whether the next violation's message will be kept: a caller building an expensive message
    /// builds it only then.
    var wantsMessage: Bool { messages.count < Self.keptMessages }

    /// Records a violation; the message is built only for the first `keptMessages`.
    mutating func record(_ message: @autoclosure () -> String) {
        if wantsMessage { messages.append(message()) }
        count += 1
    }

    func result(named name: String) -> InvariantResult {
        InvariantResult(name: name, violations: count, messages: messages)
    }
}
