import SimKernel

extension HashKeyRange {
    /// The `NewStartingHashKey` that splits the range evenly (RS2): the upper child starts here.
    ///
    /// `start + ⌊(end − start) / 2⌋ + 1`, so the full space splits at exactly 2^127 and an odd
    /// number of keys leaves the extra key in the lower child; computed without `end − start + 1`,
    /// which overflows for the full space.
    /// - Precondition: the range holds at least two keys (`isSplittable`).
    public var midpointSplitKey: UInt128 {
        modelPrecondition(isSplittable, "hash-key range \(self) holds one key and cannot be split")
        return start + (end - start) / 2 + 1
    }

    /// Whether the range holds at least two keys, so a split leaves both children non-empty.
    public var isSplittable: Bool { start < end }
}
