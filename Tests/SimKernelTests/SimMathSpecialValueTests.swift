import Testing
@testable import SimKernel

/// `SimMath.log` / `SimMath.exp` at special values and at the edges of their ranges.
struct SimMathSpecialValueTests {
    @Test func logSpecialValues() {
        #expect(SimMath.log(0) == -.infinity)
        #expect(SimMath.log(-0.0) == -.infinity)
        #expect(SimMath.log(-1).isNaN)
        #expect(SimMath.log(-.leastNonzeroMagnitude).isNaN)
        #expect(SimMath.log(-.infinity).isNaN)
        #expect(SimMath.log(.nan).isNaN)
        #expect(SimMath.log(.infinity) == .infinity)
        #expect(SimMath.log(1).bitPattern == 0)  // +0, exactly
    }

    @Test func logEdgesOfTheDoubleRange() {
        #expect(SimMath.log(.greatestFiniteMagnitude) == 709.782712893384)
        #expect(SimMath.log(.leastNormalMagnitude) == -708.3964185322641)
        #expect(SimMath.log(.leastNonzeroMagnitude) == -744.4400719213812)
    }

    @Test func logOfPowersOfTwoIsExponentTimesLn2() {
        #expect(SimMath.log(2).bitPattern == 0x3FE6_2E42_FEFA_39EF)  // ln 2 correctly rounded
        for power in -1074...1023 {
            let x = Double(sign: .plus, exponent: power, significand: 1)
            #expect(SimMath.log(x).ulpDistance(to: Double(power) * 0.6931471805599453) <= 1, "2^\(power)")
        }
    }

    @Test func expSpecialValues() {
        #expect(SimMath.exp(0) == 1)
        #expect(SimMath.exp(-0.0) == 1)
        #expect(SimMath.exp(.nan).isNaN)
        #expect(SimMath.exp(.infinity) == .infinity)
        #expect(SimMath.exp(-.infinity).bitPattern == 0)  // +0
        #expect(SimMath.exp(.leastNonzeroMagnitude) == 1)
        // fdlibm's e^1, one ulp above the correctly rounded 0x4005BF0A8B145769 (Java's
        // StrictMath.exp(1) gives the same 2.7182818284590455): within 1 ulp, as fdlibm promises.
        #expect(SimMath.exp(1).bitPattern == 0x4005_BF0A_8B14_576A)
    }

    /// The largest argument with a finite result, and the first one that overflows.
    @Test func expOverflowEdge() {
        let lastFinite = 709.782712893384
        #expect(SimMath.exp(lastFinite) == 1.7976931348622732e308)
        #expect(SimMath.exp(lastFinite.nextUp) == .infinity)
        #expect(SimMath.exp(1000) == .infinity)
    }

    /// Subnormal results down to the smallest, then zero.
    @Test func expUnderflowEdge() {
        let lastNonzero = -745.1332191019411
        #expect(SimMath.exp(lastNonzero) == .leastNonzeroMagnitude)
        #expect(SimMath.exp(lastNonzero.nextDown) == 0)
        #expect(SimMath.exp(-744.4400719213812) == .leastNonzeroMagnitude)
        #expect(SimMath.exp(-708.3964185322641) >= .leastNormalMagnitude)
        #expect(SimMath.exp(-708.4).isSubnormal)
        #expect(SimMath.exp(-720).isSubnormal)
        #expect(SimMath.exp(-1000) == 0)
    }
}
