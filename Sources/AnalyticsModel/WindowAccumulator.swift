/// The running count, sum, minimum and maximum of one group in one window.
///
/// A fixed-size value, so a window's accumulators live inline in a dense array and adding a
/// record touches no heap.
struct WindowAccumulator: Sendable {
    var count: Int64 = 0
    var sum = 0.0
    var min = Double.infinity
    var max = -Double.infinity

    /// An accumulator that has seen no record.
    static let empty = WindowAccumulator()

    @inline(__always)
    mutating func add(_ value: Double) {
        count += 1
        sum += value
        min = Swift.min(min, value)
        max = Swift.max(max, value)
    }

    /// Adds another accumulator's records (a pane's) to this one.
    @inline(__always)
    mutating func merge(_ other: WindowAccumulator) {
        count += other.count
        sum += other.sum
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }

    func result(startMs: Int64, endMs: Int64, group: UInt32) -> WindowResult {
        WindowResult(start: startMs, end: endMs, group: group, count: count, sum: sum, min: min, max: max)
    }
}
