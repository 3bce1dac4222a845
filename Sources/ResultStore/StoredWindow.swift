/// One aggregate emitted by a consumer's windowing operator for one group key.
///
/// A run may hold 10^5 or more of these; they are written in bulk and read back in the order
/// they were saved. No uniqueness is enforced: an operator may fire the same window again for
/// late data.
public struct StoredWindow: Sendable, Equatable {
    public var consumer: String
    /// Position of the operator in the consumer's pipeline, from 0.
    public var operatorIndex: Int
    /// Window bounds in epoch milliseconds, as the analytics sink reports them.
    public var windowStartMs: Int64
    public var windowEndMs: Int64
    public var groupKey: String
    public var count: Int64
    /// Nil when the window aggregated no values.
    public var sum: Double?
    public var min: Double?
    public var max: Double?
    public var avg: Double?

    public init(
        consumer: String,
        operatorIndex: Int,
        windowStartMs: Int64,
        windowEndMs: Int64,
        groupKey: String,
        count: Int64,
        sum: Double?,
        min: Double?,
        max: Double?,
        avg: Double?
    ) {
        self.consumer = consumer
        self.operatorIndex = operatorIndex
        self.windowStartMs = windowStartMs
        self.windowEndMs = windowEndMs
        self.groupKey = groupKey
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
        self.avg = avg
    }
}
