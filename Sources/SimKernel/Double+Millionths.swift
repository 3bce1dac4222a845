extension Double {
    /// The value in whole millionths, rounded to nearest: `0.7` → `700_000`.
    ///
    /// Scenario files give thresholds and multipliers as decimal numbers, which arrive as Doubles
    /// (`0.7` is not exact in binary). Rounding them once to millionths turns every later
    /// comparison or division into integer arithmetic, so no decision inside a run depends on
    /// floating-point rounding; six decimals cover any figure a scenario plausibly writes.
    /// - Precondition: finite and within ±9.2 × 10^12 (so the result fits in `Int64`).
    public var roundedMillionths: Int64 {
        let scaled = (self * 1e6).rounded()
        modelPrecondition(scaled.isFinite && Swift.abs(scaled) < 9.2e18, "\(self) does not fit in Int64 millionths")
        return Int64(scaled)
    }
}
