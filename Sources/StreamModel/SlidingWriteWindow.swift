import DequeModule
import SimKernel

/// The sliding-window write model (§3): in every interval `(t − 1 s, t]` a shard accepts at
/// most the per-second limits, in records and in bytes.
///
/// Keeps the records accepted in the last second in a ring, oldest first, with running sums. A
/// record is admitted at `t` iff, after the records accepted at or before `t − 1 s` leave the
/// ring, one more record and its bytes still fit. Only admitted records enter the ring, so a
/// rejected one changes nothing; checking at admissions suffices because the window's content
/// grows only when something is admitted.
/// - Complexity: O(1) amortised per record; memory O(records per second).
@usableFromInline struct SlidingWriteWindow: Sendable {
    @usableFromInline struct Accepted: Sendable {
        @usableFromInline var time: SimTime
        @usableFromInline var bytes: Int64
        @inlinable init(time: SimTime, bytes: Int64) {
            self.time = time
            self.bytes = bytes
        }
    }

    @usableFromInline var accepted: Deque<Accepted> = []
    @usableFromInline var tally: WriteTally

    init(recordsPerSecond: Int64, bytesPerSecond: Int64) {
        tally = WriteTally(recordLimit: recordsPerSecond, byteLimit: bytesPerSecond)
    }

    @inlinable
    mutating func admit(bytes size: Int64, now: SimTime) -> Bool {
        expire(before: now)
        guard tally.fits(size) else { return false }
        accepted.append(Accepted(time: now, bytes: size))
        tally.add(size)
        return true
    }

    /// Drops the records that are a second or more older than `now`: outside `(now − 1 s, now]`.
    /// - Precondition: `now` is not before the newest admission.
    @inlinable
    mutating func expire(before now: SimTime) {
        modelPrecondition(accepted.last.map { $0.time <= now } ?? true, "sliding window admitted backwards in time at \(now)")
        while let oldest = accepted.first, now.nanoseconds - oldest.time.nanoseconds >= 1_000_000_000 {
            tally.remove(oldest.bytes)
            accepted.removeFirst()
        }
    }

    /// Whole-state audit: the sums match the ring, which spans less than a second.
    func checkInvariants(_ owner: String) {
        tally.checkInvariants(owner)
        modelPrecondition(accepted.count == Int(tally.records) && accepted.reduce(0) { $0 + $1.bytes } == tally.bytes,
                     "\(owner): sliding window sums disagree with its \(accepted.count) records")
        if let first = accepted.first, let last = accepted.last {
            modelPrecondition(last.time.nanoseconds - first.time.nanoseconds < 1_000_000_000,
                         "\(owner): sliding window spans \(first.time) to \(last.time)")
        }
    }
}
