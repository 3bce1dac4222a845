import SimKernel

/// Injected `InternalFailure` (P6, the `internal-failure` fault).
///
/// While at least one such fault is active, each PutRecords entry and each PutRecord call
/// fails independently with the fault's probability, decided before throttling so that a
/// failed entry debits nothing. Overlapping faults act independently: an entry fails if any of
/// them fails it. Draws come from the stream's own substream and happen only while a fault is
/// active, so a run without faults draws nothing and keeps its digest.
public struct InternalFailures: Sendable {
    @usableFromInline var random: SimRandom
    /// The active faults, by the caller's fault id, with their rates.
    var active: [(fault: Int, rate: Double)] = []
    /// Chance that an entry fails while `active` holds these faults.
    @usableFromInline var probability = 0.0

    public init(random: SimRandom) {
        self.random = random
    }

    /// Fault `fault` starts failing entries with probability `rate`.
    public mutating func begin(fault: Int, rate: Double) {
        modelPrecondition((0...1).contains(rate), "internal-failure rate \(rate) outside [0, 1]")
        active.append((fault, rate))
        probability = Self.combined(active.map(\.rate))
    }

    /// Fault `fault` stops.
    public mutating func end(fault: Int) {
        active.removeAll { $0.fault == fault }
        probability = Self.combined(active.map(\.rate))
    }

    /// Whether the next entry fails (draws only while a fault is active).
    @inlinable
    public mutating func strikes() -> Bool {
        probability > 0 && random.chance(probability)
    }

    /// The chance that at least one of independent failures with these rates happens.
    static func combined(_ rates: [Double]) -> Double {
        1 - rates.reduce(1) { $0 * (1 - $1) }
    }
}
