import Testing
@testable import SimKernel

/// The first outputs of every sampler for seed 42, pinned exactly (doubles by bit pattern).
///
/// These are the numbers that flow into digests: any change to an algorithm, to `SimMath`, or
/// to the order of draws shows up here first. `bounded`, `unitDouble` and `uniform` were also
/// reproduced by an independent C program; the rest depend on `SimMath` (see its accuracy tests).
struct SamplerGoldenVectorTests {
    static func firstDraws<T>(_ count: Int, seed: UInt64 = 42, _ draw: (inout SimRandom) -> T) -> [T] {
        var random = SimRandom(seed: seed)
        return (0..<count).map { _ in draw(&random) }
    }

    @Test func bounded() {
        let thousands = Self.firstDraws(8) { $0.bounded(1000) }
        #expect(thousands == [83, 378, 680, 924, 991, 769, 719, 850])
        let threes = Self.firstDraws(12, seed: 7) { $0.bounded(3) }
        #expect(threes == [2, 0, 2, 2, 2, 2, 0, 0, 1, 0, 1, 2])
        let ones = Self.firstDraws(1) { $0.bounded(1) }
        #expect(ones == [0])
    }

    /// A bound just above 3·2^62 rejects about a quarter of draws; this sequence rejects once.
    @Test func boundedWithRejection() {
        let draws = Self.firstDraws(4, seed: 7) { $0.bounded(0xC000_0000_0000_0001) }
        #expect(draws == [3_856_539_442_751_087_005, 11_616_294_679_869_479_729,
                          13_573_543_983_486_883_248, 13_708_609_482_328_572_498])
    }

    @Test func unitDouble() {
        // 0.08386297105988216, 0.3789802506626686, 0.6800434110281394, 0.9246929453253876, ...
        let expected: [UInt64] = [0x3FB5_780B_2E0C_2EC0, 0x3FD8_4136_619B_444E, 0x3FE5_C2EA_6647_3C93,
                                  0x3FED_9715_A8E0_766C, 0x3FEF_BCDB_8FFC_5D8B, 0x3FE8_A1B4_A620_2F2A]
        let bits = Self.firstDraws(6) { $0.unitDouble() }.map(\.bitPattern)
        #expect(bits == expected)
    }

    @Test func uniform() {
        let expected: [UInt64] = [0xC00D_EFBA_C26A_4A16, 0x3FE5_E917_DC0C_8048, 0x4014_CD77_7FC5_9194,
                                  0x4021_BDA4_4E52_6F05, 0x4023_C10D_D6FC_97B2, 0x401A_2F32_B77C_586E]
        let bits = Self.firstDraws(6) { $0.uniform(-5, 10) }.map(\.bitPattern)
        #expect(bits == expected)
    }

    @Test func chance() {
        let expected = [true, false, false, false, false, false, false, false, false, false, false, true]
        let draws = Self.firstDraws(12) { $0.chance(0.3) }
        #expect(draws == expected)
    }

    @Test func exponential() {
        // 0.21897332645854392, 1.190980987696931, 2.8489248796346938, 6.465453652467106, ...
        let expected: [UInt64] = [0x3FCC_0751_65EA_FAC3, 0x3FF3_0E42_1485_0EBC, 0x4006_CA99_2096_557F,
                                  0x4019_DC9F_E1DC_9992, 0x4028_053F_06A9_6810, 0x400D_5EF1_C4FA_868C]
        let bits = Self.firstDraws(6) { $0.exponential(mean: 2.5) }.map(\.bitPattern)
        #expect(bits == expected)
    }

    @Test func standardNormal() {
        // -0.7262191382447857, 0.2216227015035933, 0.46417731016247366, 1.476249461018415, ...
        let expected: [UInt64] = [0xBFE7_3D2F_EB0F_B377, 0x3FCC_5E21_F781_2A4C, 0x3FDD_B514_BFAC_5B4E,
                                  0x3FF7_9EB7_C13C_FCCD, 0x3FF0_2007_C238_0AEA, 0x3FF0_6F74_C2A8_E101]
        let bits = Self.firstDraws(6) { $0.standardNormal() }.map(\.bitPattern)
        #expect(bits == expected)
    }

    @Test func normal() {
        let expected: [UInt64] = [0x4056_46D4_6274_28F8, 0x4059_D4C1_FEC0_48BD, 0x405A_BD9C_373B_195A,
                                  0x405E_8933_114A_4B40, 0x405C_C781_D185_228F, 0x405C_DA1F_5D9F_94BC]
        let bits = Self.firstDraws(6) { $0.normal(mean: 100, deviation: 15) }.map(\.bitPattern)
        #expect(bits == expected)
    }

    @Test func lognormal() {
        // 1.8905928003602195, 3.036821322414345, 3.4283827724657785, 5.686669379854365, ...
        let expected: [UInt64] = [0x3FFE_3FDE_3C79_9A6B, 0x4008_4B68_FA3C_854B, 0x400B_6D53_F26F_485A,
                                  0x4016_BF26_4206_8E70, 0x4011_FF3A_7CE2_C2CD, 0x4012_2C1D_8085_E6E4]
        let bits = Self.firstDraws(6) { $0.lognormal(mu: 1, sigma: 0.5) }.map(\.bitPattern)
        #expect(bits == expected)
    }

    /// The derived samplers are exactly their definitions over the standard normal draws.
    @Test func normalAndLognormalAreDefinedByStandardNormal() {
        let standard = Self.firstDraws(50) { $0.standardNormal() }
        let normals = Self.firstDraws(50) { $0.normal(mean: 100, deviation: 15) }
        #expect(normals == standard.map { 100 + 15 * $0 })
        let lognormals = Self.firstDraws(50) { $0.lognormal(mu: 1, sigma: 0.5) }
        #expect(lognormals == standard.map { SimMath.exp(1 + 0.5 * $0) })
    }
}
