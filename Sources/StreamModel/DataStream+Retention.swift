import SimKernel

/// Retention (T1–T4, §6): records older than `retention` are trimmed, lazily — before any read of
/// their shard and at the end of a run — so no read ever returns one. A reader whose position was
/// trimmed resumes at the trim horizon, and the records it skipped are counted as lost to it.
/// A CLOSED shard becomes EXPIRED once retention has passed since it closed; a reader that had
/// not finished it loses the rest and the shard ends for it (so its children can be read).
extension DataStream {
    /// Trims `shard` to `now − retention`, charging readers behind the horizon with the loss.
    @usableFromInline
    mutating func applyRetention(shard: Int, now: SimTime) {
        // Records before an AT_TIMESTAMP reader's start were never wanted by it: skip them
        // before retention can count them as lost.
        for reader in cursors.indices where readerStarts[reader] > .zero { skipBeforeStart(reader: reader, shard: shard) }
        if shardList[shard].state == .closed, let closedAt = shardList[shard].closedAt, now - closedAt > retention {
            shardList[shard].expire()
        } else if !shardList[shard].trimAged(retention: retention, now: now) {
            return
        }
        let horizon = shardList[shard].firstOffset
        for reader in cursors.indices { cursors[reader][shard].checkpoint = max(cursors[reader][shard].checkpoint, horizon) }
        for reader in cursors.indices where cursors[reader][shard].position < horizon {
            cursors[reader][shard].lost += horizon - cursors[reader][shard].position
            cursors[reader][shard].position = horizon
            cursors[reader][shard].lostUpTo = horizon
        }
        if shardList[shard].state == .expired {
            for reader in cursors.indices { cursors[reader][shard].ended = true }
        }
    }

    /// Applies retention to every shard at `now` (the end of a run), so records that aged out
    /// of a shard nobody read again are counted too.
    public mutating func applyRetention(now: SimTime) {
        for shard in shardList.indices { applyRetention(shard: shard, now: now) }
    }

    /// Records retention took from `reader` in `shard`.
    public func lost(reader: Int, shard: Int) -> UInt64 { cursors[reader][shard].lost }
}
