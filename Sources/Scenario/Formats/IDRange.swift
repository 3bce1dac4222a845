/// A set of entity ids written `"all"`, `"3"` or `"0-9"` (inclusive), as faults name gateways.
public enum IDRange: Equatable, Sendable, CustomStringConvertible {
    case all
    case ids(ClosedRange<Int>)

    /// Parses `"all"`, `"n"` or `"a-b"` with `a ≤ b`; nil for anything else.
    public init?(parsing text: String) {
        if text == "all" {
            self = .all
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let low = Int(parts[0]), let high = Int(parts[parts.count - 1]), low <= high
        else { return nil }
        self = .ids(low...high)
    }

    /// Whether `id` is in the set.
    public func contains(_ id: Int) -> Bool {
        switch self {
        case .all: return true
        case .ids(let range): return range.contains(id)
        }
    }

    /// The ids it names among `count` entities (validation keeps explicit ids below `count`).
    public func resolved(count: Int) -> ClosedRange<Int> {
        switch self {
        case .all: return 0...(count - 1)
        case .ids(let range): return range
        }
    }

    public var description: String {
        switch self {
        case .all: return "all"
        case .ids(let range): return range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
        }
    }
}
