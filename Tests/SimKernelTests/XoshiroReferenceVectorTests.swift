import Testing
@testable import SimKernel

/// Golden vectors from an independent C transcription of the published reference code:
/// Vigna's `splitmix64.c` and Blackman & Vigna's `xoshiro256starstar.c` (1.0), seeded like
/// `SimRandom(seed:)` (state = four successive SplitMix64 outputs), compiled with gcc.
struct XoshiroReferenceVectorTests {
    static let seeds: [UInt64] = [0, 1, 42, .max]

    static let splitMixOutputs: [[UInt64]] = [
        [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC],
        [0x910A_2DEC_8902_5CC1, 0xBEEB_8DA1_658E_EC67, 0xF893_A2EE_FB32_555E, 0x71C1_8690_EE42_C90B],
        [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394],
        [0xE4D9_7177_1B65_2C20, 0xE99F_F867_DBF6_82C9, 0x382F_F84C_B272_81E9, 0x6D1D_B36C_CBA9_82D2],
    ]

    static let xoshiroOutputs: [[UInt64]] = [
        [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0,
         0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59, 0xFFEF_8375_D9EB_CACA],
        [0xB3F2_AF6D_0FC7_10C5, 0x853B_5596_4736_4CEA, 0x92F8_9756_082A_4514,
         0x642E_1C7B_C266_A3A7, 0xB27A_48E2_9A23_3673, 0x24C1_2312_6FFD_A722],
        [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
         0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64, 0xC50D_A531_0179_5238],
        [0x8F55_20D5_2A7E_AD08, 0xC476_A018_CAA1_802D, 0x81DE_31C0_D260_469E,
         0xBF65_8D7E_065F_3C2F, 0x9135_93FD_A1BC_A32A, 0xBB53_5E93_941B_A525],
    ]

    @Test(arguments: zip(seeds, splitMixOutputs))
    func splitMix64MatchesReference(seed: UInt64, expected: [UInt64]) {
        var mixer = SplitMix64(state: seed)
        #expect((0..<expected.count).map { _ in mixer.next() } == expected)
    }

    @Test(arguments: zip(seeds, xoshiroOutputs))
    func xoshiroMatchesReference(seed: UInt64, expected: [UInt64]) {
        var random = SimRandom(seed: seed)
        #expect((0..<expected.count).map { _ in random.next() } == expected)
    }

    @Test func stateIsFourSplitMixOutputs() {
        let random = SimRandom(seed: 42)
        #expect([random.s0, random.s1, random.s2, random.s3] == Self.splitMixOutputs[2])
    }

    @Test func copiesContinueIdentically() {
        var original = SimRandom(seed: 9)
        _ = original.next()
        var copy = original
        #expect((0..<100).map { _ in original.next() } == (0..<100).map { _ in copy.next() })
    }
}
