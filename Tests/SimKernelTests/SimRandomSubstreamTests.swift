import Testing
@testable import SimKernel

/// `SimRandom(masterSeed:label:index:)`: pinned substreams, independent per label and index.
struct SimRandomSubstreamTests {
    /// Golden values from the Swift implementation (FNV-1a checked against its published vectors,
    /// SplitMix64 and xoshiro256** against the C reference).
    @Test(arguments: [
        ("device", 0 as UInt64, [0xE82C_11F9_FD8A_C5AF, 0x0B38_AB2C_2813_7D28, 0x400A_A129_F415_39F1] as [UInt64]),
        ("device", 1, [0xAAB6_FA18_6DE9_4933, 0xB6BC_8529_7859_5BF7, 0xB66F_89AE_6140_83AD]),
        ("gateway", 0, [0xB66C_2F7F_A6C9_10D1, 0x0A32_EF15_D320_4747, 0x9311_B526_C607_CF72]),
        ("", 0, [0x35DF_983F_A248_E8BC, 0xDB65_6908_2FA9_377A, 0x44C7_DB55_0EDD_A353]),
    ])
    func substreamIsPinned(label: String, index: UInt64, expected: [UInt64]) {
        var random = SimRandom(masterSeed: 42, label: label, index: index)
        #expect((0..<expected.count).map { _ in random.next() } == expected)
    }

    @Test func labelHashIsFNV1a() {
        #expect(SimRandom.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(SimRandom.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(SimRandom.fnv1a("foobar") == 0x8594_4171_F739_67E8)
    }

    @Test func sameInputsGiveSameStream() {
        var first = SimRandom(masterSeed: 7, label: "consumer", index: 3)
        var second = SimRandom(masterSeed: 7, label: "consumer", index: 3)
        #expect((0..<50).map { _ in first.next() } == (0..<50).map { _ in second.next() })
    }

    /// Every (master seed, label, index) combination starts a different stream: no two of them
    /// share even their first output.
    @Test func differentLabelsIndicesAndSeedsDiffer() {
        let labels = ["device", "gateway", "shard", "consumer", "fault", "devices", "Device", ""]
        var firstOutputs: Set<UInt64> = []
        var streams = 0
        for masterSeed: UInt64 in [0, 1, 42] {
            for label in labels {
                for index: UInt64 in 0..<64 {
                    var random = SimRandom(masterSeed: masterSeed, label: label, index: index)
                    firstOutputs.insert(random.next())
                    streams += 1
                }
            }
        }
        #expect(firstOutputs.count == streams)
    }

    @Test func substreamDiffersFromPlainSeed() {
        var plain = SimRandom(seed: 42)
        var derived = SimRandom(masterSeed: 42, label: "", index: 0)
        #expect(plain.next() != derived.next())
    }
}
