/// The final aggregates of one group in one closed window: a row for the result store.
public struct WindowResult: Sendable, Equatable {
    /// Window start, epoch milliseconds.
    public var start: Int64
    /// Window end, epoch milliseconds, exclusive.
    public var end: Int64
    /// Dense group id: one key's id or a combination's (see `GroupIndex.label(of:)`).
    public var group: UInt32
    public var count: Int64
    public var sum: Double
    public var min: Double
    public var max: Double

    public init(start: Int64, end: Int64, group: UInt32, count: Int64, sum: Double, min: Double, max: Double) {
        self.start = start
        self.end = end
        self.group = group
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
    }

    /// The mean value; results exist only for groups with at least one record.
    public var average: Double { sum / Double(count) }
}
