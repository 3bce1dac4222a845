import SimKernel

/// What one window has accepted, against the per-second write limits (W1, W2).
///
/// Shared by the two window models, which differ only in when an accepted record leaves the
/// window.
@usableFromInline struct WriteTally: Sendable {
    @usableFromInline let recordLimit: Int64
    @usableFromInline let byteLimit: Int64
    /// Records and bytes the window holds now.
    @usableFromInline var records: Int64 = 0
    @usableFromInline var bytes: Int64 = 0

    init(recordLimit: Int64, byteLimit: Int64) {
        modelPrecondition(recordLimit > 0 && byteLimit > 0, "write limits must be positive: \(recordLimit) records, \(byteLimit) B")
        self.recordLimit = recordLimit
        self.byteLimit = byteLimit
    }

    /// Whether one more record of `size` bytes stays within both limits — or, for a large record
    /// (W8), whether the window holds no bytes yet: it then takes the window alone.
    @inlinable
    func fits(_ size: Int64) -> Bool {
        records < recordLimit && (bytes + size <= byteLimit || (LargeRecords.isLarge(size) && bytes == 0))
    }

    @inlinable
    mutating func add(_ size: Int64) {
        records += 1
        bytes += size
    }

    @inlinable
    mutating func remove(_ size: Int64) {
        records -= 1
        bytes -= size
    }

    /// Empties the tally (a new fixed window).
    @inlinable
    mutating func reset() {
        records = 0
        bytes = 0
    }

    /// Whole-state audit: within `[0, limit]` on both counts, or one large record alone (W8).
    func checkInvariants(_ owner: String) {
        modelPrecondition((0...recordLimit).contains(records) && ((0...byteLimit).contains(bytes) || records == 1),
                     "\(owner): window holds \(records) records and \(bytes) B (limits \(recordLimit), \(byteLimit) B)")
    }
}
