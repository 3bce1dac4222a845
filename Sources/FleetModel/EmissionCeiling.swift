import SimKernel

extension FleetConfig {
    /// The most readings the fleet can emit in the whole run, whatever its random draws: a
    /// bound, not an estimate. A run in progress uses it to know the most work still to come
    /// (`DecidedFailure` in the harness), so it must never be below what a run can emit.
    public var emissionCeiling: UInt64 {
        groups.reduce(0) { total, group in
            total + UInt64(group.count) * EmissionCadence(group: group, bursts: bursts).ceiling(until: emitUntil)
        }
    }
}

extension EmissionCadence {
    /// The most emissions one device can have before `end`. A device's nominal emission times
    /// start at or after zero and, within a stretch of constant cadence, lie one gap apart; so
    /// a stretch of length L and gap g holds at most ⌊L / g⌋ + 1 of them. Jitter only delays an
    /// emission past its nominal time, which cannot add one before `end`.
    func ceiling(until end: SimTime) -> UInt64 {
        let inside = segments.flatMap { [$0.start, $0.end] }.filter { $0 > .zero && $0 < end }
        let cuts = ([SimTime.zero, end] + inside).sorted()
        return zip(cuts, cuts.dropFirst()).reduce(0) { total, piece in
            let gap = max(interval(at: piece.0).nanoseconds, 1)
            return total + UInt64((piece.1 - piece.0).nanoseconds / gap) + 1
        }
    }
}
