/// A slice of time `[start, start + length)` no window boundary cuts, with one accumulator per
/// dense group id. Each record is added to exactly one pane; a window's result combines the
/// panes it covers (stream processors' pane technique), so a record costs one update however
/// many sliding windows cover it.
///
/// The accumulator array grows to the highest group id seen and is recycled, emptied, for a later
/// pane once this one is freed, so a steady stream of panes allocates nothing.
struct Pane: Sendable {
    /// Pane start, absolute epoch nanoseconds.
    var startNs: Int64
    /// Indexed by group id; a group that has had no record holds `.empty`.
    var groups: ContiguousArray<WindowAccumulator>
    /// One past the highest group id that has had a record: combining scans only this prefix.
    var groupLimit = 0

    /// - Precondition: `groups` is all `.empty` (fresh or recycled by `empty()`).
    init(startNs: Int64, groups: ContiguousArray<WindowAccumulator>) {
        self.startNs = startNs
        self.groups = groups
    }

    /// Adds one record's value to its group.
    /// - Complexity: O(1), amortised O(group id) when the array first grows to the group.
    @inline(__always)
    mutating func add(_ value: Double, group: UInt32) {
        let index = Int(group)
        if index >= groups.count {
            groups.append(contentsOf: repeatElement(.empty, count: index + 1 - groups.count))
        }
        groups[index].add(value)
        groupLimit = max(groupLimit, index + 1)
    }

    /// Folds this pane's groups into `window`'s accumulators, growing them as needed.
    func merge(into window: inout ContiguousArray<WindowAccumulator>, limit: inout Int) {
        if groupLimit > window.count {
            window.append(contentsOf: repeatElement(.empty, count: groupLimit - window.count))
        }
        for index in 0..<groupLimit where groups[index].count > 0 { window[index].merge(groups[index]) }
        limit = max(limit, groupLimit)
    }

    /// Hands back the accumulators, emptied, for another pane.
    mutating func empty() -> ContiguousArray<WindowAccumulator> {
        for index in 0..<groupLimit { groups[index] = .empty }
        groupLimit = 0
        return groups
    }
}

let nanosecondsPerMillisecond: Int64 = 1_000_000

/// Greatest common divisor, for the pane length of a window size and slide.
public func greatestCommonDivisor(_ a: Int64, _ b: Int64) -> Int64 {
    b == 0 ? a : greatestCommonDivisor(b, a % b)
}

/// `value` rounded down to a multiple of `step` (floor division, also below zero).
@inline(__always)
func floorMultiple(_ value: Int64, of step: Int64) -> Int64 {
    let offset = value % step
    return value - (offset < 0 ? offset + step : offset)
}
