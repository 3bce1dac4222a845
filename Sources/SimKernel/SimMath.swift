/// Natural logarithm and exponential from basic IEEE operations only.
///
/// The platform's libm may differ in the last bit between machines and library versions, which
/// would change digests; these use only `+ − × ÷`, exact scaling by powers of two and exact
/// bit-level decomposition, so they give identical results everywhere. The algorithms and
/// minimax coefficients are fdlibm's (`e_log.c`, `e_exp.c`, Sun Microsystems 1993), whose error
/// analysis bounds both below 1 ulp; `SimMathAccuracyTests` measures them against libm.
public enum SimMath {
    @usableFromInline static let ln2High = 6.93147180369123816490e-01  // 0x3FE62E42_FEE00000
    @usableFromInline static let ln2Low = 1.90821492927058770002e-10  // 0x3DEA39EF_35793C76

    /// `ln(x)` for `x > 0`; `-inf` for ±0, NaN for negative or NaN input, `+inf` for `+inf`.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return .infinity }
        var bits = x.bitPattern
        var k = 0
        if x.isSubnormal {
            bits = (x * 0x1.0p54).bitPattern
            k -= 54
        }
        // x = 2^k · m with m in [√2/2, √2): take the biased exponent, then halve m when its
        // leading fraction bits say m ≥ √2 (`0x95F64` carries into bit 20 exactly then).
        let highWord = UInt32(truncatingIfNeeded: bits >> 32)
        k += Int(highWord >> 20) - 1023
        let fractionHigh = highWord & 0x000F_FFFF
        let carry = (fractionHigh &+ 0x95F64) & 0x10_0000
        k += Int(carry >> 20)
        let mantissaHigh = UInt64(fractionHigh | (carry ^ 0x3FF0_0000))
        let mantissa = Double(bitPattern: mantissaHigh << 32 | (bits & 0xFFFF_FFFF))
        let f = mantissa - 1
        let dk = Double(k)
        if (0x000F_FFFF & (fractionHigh &+ 2)) < 3 {
            return logNearOne(f, k: dk)
        }
        // ln(1 + f) = 2s + s·R(s²) with s = f / (2 + f); R is a minimax fit on [0, 0.1716].
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        if fractionHigh >= 0x6147A && fractionHigh <= 0x6B851 {
            // |f| is largest here: split off f²/2 so that the big term f enters exactly.
            let halfFSquared = 0.5 * f * f
            if k == 0 { return f - (halfFSquared - s * (halfFSquared + r)) }
            return dk * ln2High - ((halfFSquared - (s * (halfFSquared + r) + dk * ln2Low)) - f)
        }
        if k == 0 { return f - s * (f - r) }
        return dk * ln2High - ((s * (f - r) - dk * ln2Low) - f)
    }

    /// `ln(2^k · (1 + f))` for `|f| < 2^-20`, where two series terms suffice.
    static func logNearOne(_ f: Double, k dk: Double) -> Double {
        if f == 0 { return dk == 0 ? 0 : dk * ln2High + dk * ln2Low }
        let r = f * f * (0.5 - 0.33333333333333333 * f)
        if dk == 0 { return f - r }
        return dk * ln2High - ((r - dk * ln2Low) - f)
    }

    /// `e^x`; overflows to `+inf` above ~709.78 and underflows to 0 below ~−745.13.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x > overflowThreshold { return .infinity }
        if x < underflowThreshold { return 0 }
        // x = k·ln2 + r with |r| ≤ ln2/2, r = hi − lo kept in two parts; e^x = 2^k · e^r.
        let absHighWord = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
        var k = 0
        var hi = x
        var lo = 0.0
        if absHighWord > 0x3FD6_2E42 {  // |x| > ln2/2
            if absHighWord < 0x3FF0_A2B2 {  // |x| < 3·ln2/2
                k = x < 0 ? -1 : 1
            } else {
                k = Int(invLn2 * x + (x < 0 ? -0.5 : 0.5))
            }
            hi = x - Double(k) * ln2High  // exact: ln2High has 21 trailing zero bits
            lo = Double(k) * ln2Low
        } else if absHighWord < 0x3E30_0000 {  // |x| < 2^-28
            return 1 + x
        }
        let r = hi - lo
        let t = r * r
        let c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
        if k == 0 { return 1 - ((r * c) / (c - 2) - r) }
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        return scaleByPowerOfTwo(y, k)
    }

    /// `value · 2^power`, exact while the result is normal; two steps keep subnormals right.
    static func scaleByPowerOfTwo(_ value: Double, _ power: Int) -> Double {
        if power < -1000 {
            return Double(sign: .plus, exponent: power + 1000, significand: value) * 0x1.0p-1000
        }
        if power > 1000 {
            return Double(sign: .plus, exponent: power - 1000, significand: value) * 0x1.0p1000
        }
        return Double(sign: .plus, exponent: power, significand: value)
    }

    /// The largest `x` whose `e^x` is finite (fdlibm's `o_threshold`).
    static let overflowThreshold = 7.09782712893383973096e+02  // 0x40862E42_FEFA39EF
    /// Below this `e^x` rounds to zero (fdlibm's `u_threshold`).
    static let underflowThreshold = -7.45133219101941108420e+02  // 0xC0874910_D52D3051
    static let invLn2 = 1.44269504088896338700e+00  // 0x3FF71547_652B82FE

    // log: minimax coefficients of R(z) ≈ (ln(1+f) − 2s)/s, |error| < 2^-58.45.
    static let lg1 = 6.666666666666735130e-01  // 0x3FE55555_55555593
    static let lg2 = 3.999999999940941908e-01  // 0x3FD99999_9997FA04
    static let lg3 = 2.857142874366239149e-01  // 0x3FD24924_94229359
    static let lg4 = 2.222219843214978396e-01  // 0x3FCC71C5_1D8E78AF
    static let lg5 = 1.818357216161805012e-01  // 0x3FC74664_96CB03DE
    static let lg6 = 1.531383769920937332e-01  // 0x3FC39A09_D078C69F
    static let lg7 = 1.479819860511658591e-01  // 0x3FC2F112_DF3E5244

    // exp: minimax coefficients of R(r²) ≈ r·(e^r + 1)/(e^r − 1), |error| < 2^-59.
    static let p1 = 1.66666666666666019037e-01  // 0x3FC55555_5555553E
    static let p2 = -2.77777777770155933842e-03  // 0xBF66C16C_16BEBD93
    static let p3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
    static let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41_C5D26BF1
    static let p5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0
}
