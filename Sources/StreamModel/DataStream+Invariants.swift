import SimKernel

extension DataStream {
    /// Whole-state audit: the OPEN shards' ranges tile the hash-key space (H4), every reader's
    /// position lies within what its shard keeps, records are kept in arrival order, and no
    /// write bucket holds more than its capacity.
    /// - Complexity: O(shards × readers + retained records); for tests and `--audit` runs.
    public func checkInvariants() {
        let open = openShards.map { shards[$0] }
        modelPrecondition(open.allSatisfy { $0.state == .open } && open.count == shards.filter { $0.state == .open }.count,
                     "the routing table \(openShards) does not list exactly the OPEN shards")
        modelPrecondition(openStarts == open.map(\.range.start), "routing start keys \(openStarts) are stale")
        modelPrecondition(open.first?.range.start == 0 && open.last?.range.end == .max,
                     "OPEN shard ranges do not span the hash-key space")
        for (lower, upper) in zip(open, open.dropFirst()) {
            modelPrecondition(lower.range.end < upper.range.start && lower.range.end + 1 == upper.range.start,
                         "\(lower.id) ends at \(lower.range.end) but \(upper.id) starts at \(upper.range.start)")
        }
        for (reader, readerCursors) in cursors.enumerated() {
            for (index, shard) in shards.enumerated() {
                let position = readerCursors[index].position
                modelPrecondition(position >= shard.firstOffset && position <= shard.nextOffset,
                             "reader \(reader) at offset \(position) of \(shard.id), which keeps [\(shard.firstOffset), \(shard.nextOffset))")
            }
        }
        for shard in shards { shard.checkInvariants() }
    }
}

extension Shard {
    func checkInvariants() {
        for (earlier, later) in zip(records, records.dropFirst()) {
            modelPrecondition(earlier.arrival <= later.arrival,
                         "\(id) keeps a record that arrived at \(later.arrival) after one that arrived at \(earlier.arrival)")
        }
        writes.checkInvariants(id)
    }
}
