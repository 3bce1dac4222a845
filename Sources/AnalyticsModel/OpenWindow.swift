/// A window that has not closed yet: its start and one accumulator per dense group id.
///
/// The accumulator array grows to the highest group id seen and is recycled, emptied, for a later
/// window when this one closes, so a steady stream of windows allocates nothing.
struct OpenWindow: Sendable {
    /// Window start, absolute epoch nanoseconds.
    var startNs: Int64
    /// Indexed by group id; a group that has had no record holds `.empty`.
    var groups: ContiguousArray<WindowAccumulator>
    /// One past the highest group id that has had a record: closing scans only this prefix.
    var groupLimit = 0

    /// - Precondition: `groups` is all `.empty` (fresh or recycled by `drain`).
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

    /// Appends one result per group that had a record, in group-id order, and empties the
    /// accumulators so the storage can serve another window.
    /// - Complexity: O(highest group id seen).
    mutating func drain(sizeNs: Int64, into results: inout [WindowResult]) {
        let startMs = startNs / nanosecondsPerMillisecond
        let endMs = (startNs + sizeNs) / nanosecondsPerMillisecond
        for index in 0..<groupLimit where groups[index].count > 0 {
            results.append(groups[index].result(startMs: startMs, endMs: endMs, group: UInt32(index)))
            groups[index] = .empty
        }
        groupLimit = 0
    }
}

let nanosecondsPerMillisecond: Int64 = 1_000_000
