/// simctl's own sampling algorithms, pinned by golden-vector tests.
///
/// Only `+ − × ÷ sqrt` and simctl's own `SimMath.log`/`SimMath.exp` take part, so the same seed
/// gives the same values on every machine and every Swift version.
extension SimRandom {
    /// A uniform integer in `0 ..< bound` (Lemire's nearly-divisionless method, unbiased).
    /// - Precondition: `bound > 0`.
    @inlinable
    public mutating func bounded(_ bound: UInt64) -> UInt64 {
        // Per event or per time value: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(bound > 0, "bounded(0) has no values")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    @inlinable
    public mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `[lower, upper]`: `upper` itself only through rounding of the final
    /// addition when the unit draw is within an ulp of 1 (`uniform(3, 4)` can return 4).
    @inlinable
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unitDouble()
    }

    /// True with probability `probability` (0 never, 1 always).
    @inlinable
    public mutating func chance(_ probability: Double) -> Bool {
        unitDouble() < probability
    }

    /// An exponential variate with the given mean (inverse transform).
    public mutating func exponential(mean: Double) -> Double {
        -mean * SimMath.log(1 - unitDouble())
    }

    /// A standard normal variate (Marsaglia's polar method; the second variate is discarded
    /// so that every call consumes a whole number of attempts and no hidden state is kept).
    public mutating func standardNormal() -> Double {
        while true {
            let u = 2 * unitDouble() - 1
            let v = 2 * unitDouble() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * SimMath.log(s) / s).squareRoot()
            }
        }
    }

    /// A normal variate with mean `mean` and standard deviation `deviation`.
    public mutating func normal(mean: Double, deviation: Double) -> Double {
        mean + deviation * standardNormal()
    }

    /// A lognormal variate: `exp(mu + sigma · Z)` with `Z` standard normal.
    public mutating func lognormal(mu: Double, sigma: Double) -> Double {
        SimMath.exp(mu + sigma * standardNormal())
    }
}
