import SimKernel

/// The fixed-window write model (§3): at most the per-second limits in each aligned second
/// `[k s, (k + 1) s)` of simulated time, in records and in bytes.
///
/// The tally resets when a record arrives in a later second; a rejected record changes nothing.
/// Works out the next boundary only when crossing one, so admission divides once per second,
/// not once per record.
@usableFromInline struct FixedWriteWindow: Sendable {
    @usableFromInline var tally: WriteTally
    /// End (exclusive) of the second the tally counts.
    @usableFromInline var windowEnd = SimTime(nanoseconds: 1_000_000_000)

    init(recordsPerSecond: Int64, bytesPerSecond: Int64) {
        tally = WriteTally(recordLimit: recordsPerSecond, byteLimit: bytesPerSecond)
    }

    @inlinable
    mutating func admit(bytes size: Int64, now: SimTime) -> Bool {
        if now >= windowEnd {
            windowEnd = SimTime(nanoseconds: (now.nanoseconds / 1_000_000_000 + 1) * 1_000_000_000)
            tally.reset()
        }
        modelPrecondition(now.nanoseconds >= windowEnd.nanoseconds - 1_000_000_000,
                     "fixed window admitted backwards in time at \(now)")
        guard tally.fits(size) else { return false }
        tally.add(size)
        return true
    }

    func checkInvariants(_ owner: String) {
        tally.checkInvariants(owner)
        modelPrecondition(windowEnd.nanoseconds % 1_000_000_000 == 0, "\(owner): fixed window ends off a second at \(windowEnd)")
    }
}
