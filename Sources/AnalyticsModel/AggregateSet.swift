/// The aggregates a window analytic reports (`consumers[].analytics[].aggregates`).
///
/// The operator always keeps all five (one add and two compares per record, cheaper than
/// branching on the set); the set tells the store and the reports which columns to show.
public struct AggregateSet: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let count = AggregateSet(rawValue: 1 << 0)
    public static let sum = AggregateSet(rawValue: 1 << 1)
    public static let avg = AggregateSet(rawValue: 1 << 2)
    public static let min = AggregateSet(rawValue: 1 << 3)
    public static let max = AggregateSet(rawValue: 1 << 4)

    /// The scenario default: every aggregate.
    public static let all: AggregateSet = [.count, .sum, .avg, .min, .max]
}
