import DequeModule
import SimKernel

/// The millisecond component of one shard's sequence numbers (S2, P8).
///
/// A record's component is its arrival millisecond, unless PutRecord's
/// `SequenceNumberForOrdering` names a number the record would not exceed: one issued in the
/// same (or a later) millisecond by a shard that sorts after it. The record then gets the
/// smallest component that exceeds it, and every later record of the shard at least that much,
/// so the shard's numbers keep increasing. Such raises are rare (they need a round trip shorter
/// than a millisecond), so instead of a component per record the shard keeps its raises: each
/// is a floor in force from an offset on, and a record's component is
/// `max(arrival millisecond, floor in force at its offset)`.
/// - Complexity: memory O(raises among the records kept); lookups scan raises from the newest.
struct ShardSequencing: Sendable {
    struct Floor: Sendable {
        /// The first offset the floor applies to.
        var offset: UInt64
        var millis: Int64
    }

    /// Raises in offset order, with strictly increasing floors.
    private(set) var floors: Deque<Floor> = []

    /// The component of the record at `offset` that arrived at `arrival`.
    func millis(offset: UInt64, arrival: SimTime) -> Int64 {
        guard !floors.isEmpty else { return arrival.milliseconds }
        let floor = floors.last { $0.offset <= offset }?.millis ?? 0
        return max(arrival.milliseconds, floor)
    }

    /// The component the next record (at `offset`, arriving `now`) needs to sort after
    /// `ordering` given its shard, raising the floor from `offset` on when its arrival alone
    /// would not do.
    mutating func millis(offset: UInt64, shard: Int, now: SimTime, after ordering: SequenceNumber) -> Int64 {
        let natural = millis(offset: offset, arrival: now)
        let required = (shard, offset) > (ordering.shard, ordering.offset) ? ordering.millis : ordering.millis + 1
        guard required > natural else { return natural }
        floors.append(Floor(offset: offset, millis: required))
        return required
    }

    /// Forgets the raises no kept record (from `firstOffset` on) or later record needs.
    mutating func forget(below firstOffset: UInt64) {
        while floors.count > 1 && floors[1].offset <= firstOffset { floors.removeFirst() }
    }
}
