/// Conservation of readings: every reading a device emitted is, at any moment, exactly one of
/// accepted (first copy), dropped by its producer, or still held by its producer:
/// `emitted = accepted − duplicates + dropped + in flight`.
///
/// The tallies come from observations as they happen; "in flight" is counted from the
/// producers' buffers at the end, so a reading that vanishes without being counted breaks it.
public struct ConservationCheck: Sendable {
    public private(set) var emitted: UInt64 = 0
    public private(set) var accepted: UInt64 = 0
    public private(set) var duplicates: UInt64 = 0
    public private(set) var dropped: UInt64 = 0
    var log = ViolationLog()

    public init() {}

    public mutating func observeEmitted(_ count: UInt64) { emitted += count }

    public mutating func observeAccepted(duplicate: Bool) {
        observeAccepted(readings: 1, duplicates: duplicate ? 1 : 0)
    }

    /// A record holding `readings` readings (a KPL aggregated record), `duplicates` of them repeats.
    public mutating func observeAccepted(readings: Int, duplicates: Int) {
        accepted += UInt64(readings)
        self.duplicates += UInt64(duplicates)
    }

    public mutating func observeDropped(_ count: UInt64) { dropped += count }

    /// Checks the balance against the readings the producers still hold.
    public mutating func verify(held: UInt64) -> InvariantResult {
        let accounted = accepted - duplicates + dropped + held
        if accounted != emitted {
            log.record("emitted \(emitted) readings but accepted \(accepted) − duplicates \(duplicates) + dropped \(dropped) "
                       + "+ in flight \(held) = \(accounted) (\(Int64(bitPattern: emitted &- accounted)) unaccounted)")
        }
        return log.result(named: "conservation")
    }
}
