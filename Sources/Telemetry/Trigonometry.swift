/// The little trigonometry the device models need, from `+ − × ÷` and `squareRoot()` only.
///
/// The platform's `cos`/`atan2` may differ in the last bit between machines, which would change
/// payload digits and digests; these truncated series are exact enough for degrees printed with at
/// most 6 decimals and are identical everywhere.
enum Trigonometry {
    static let radiansPerDegree = Double.pi / 180

    /// `cos` of an angle in degrees (any finite angle).
    static func cosine(degrees: Double) -> Double {
        // Fold into [0°, 90°] using evenness, the period and cos(180° − x) = −cos(x).
        var folded = degrees.truncatingRemainder(dividingBy: 360).magnitude
        if folded > 180 { folded = 360 - folded }
        if folded > 90 { return -cosineNearZero(radians: (180 - folded) * radiansPerDegree) }
        return cosineNearZero(radians: folded * radiansPerDegree)
    }

    /// The compass bearing of the direction (`east`, `north`) in whole degrees, 0 = north,
    /// 90 = east, always in `0...359`; 0 for the zero vector.
    static func compassDegrees(east: Double, north: Double) -> Int {
        let x = east.magnitude
        let y = north.magnitude
        guard x > 0 || y > 0 else { return 0 }
        // Angle from the north–south axis within the quadrant, in [0°, 90°].
        let fromAxis = x <= y ? arctangentDegrees(x / y) : 90 - arctangentDegrees(y / x)
        let bearing: Double
        switch (east >= 0, north >= 0) {
        case (true, true): bearing = fromAxis
        case (true, false): bearing = 180 - fromAxis
        case (false, false): bearing = 180 + fromAxis
        case (false, true): bearing = 360 - fromAxis
        }
        return Int(bearing.rounded(.toNearestOrAwayFromZero)) % 360
    }

    /// Taylor series of `cos` for `|radians| ≤ π/2`, where 11 terms leave an error below 1e-16.
    private static func cosineNearZero(radians: Double) -> Double {
        let square = radians * radians
        var term = 1.0
        var sum = 1.0
        for k in stride(from: 2.0, through: 20, by: 2) {
            term *= -square / ((k - 1) * k)
            sum += term
        }
        return sum
    }

    /// `atan` in degrees for a ratio in `[0, 1]`.
    private static func arctangentDegrees(_ ratio: Double) -> Double {
        // atan(t) = 30° + atan((t√3 − 1)/(t + √3)) brings t ≤ 1 below tan(15°) ≈ 0.268, where the
        // series x − x³/3 + x⁵/5 − … converges to 1e-10 within 7 terms.
        let sqrt3 = 3.0.squareRoot()
        let tan15 = 2 - sqrt3
        guard ratio > tan15 else { return arctangentSeries(ratio) / radiansPerDegree }
        return 30 + arctangentSeries((ratio * sqrt3 - 1) / (ratio + sqrt3)) / radiansPerDegree
    }

    private static func arctangentSeries(_ x: Double) -> Double {
        let square = x * x
        var power = x
        var sum = x
        for k in stride(from: 3.0, through: 15, by: 2) {
            power *= -square
            sum += power / k
        }
        return sum
    }
}
