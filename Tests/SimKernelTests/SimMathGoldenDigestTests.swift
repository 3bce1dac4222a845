import Testing
@testable import SimKernel

/// Every bit of `SimMath.log` and `SimMath.exp` over the accuracy sweeps, pinned as one digest
/// each: the point of owning these functions is that every machine computes the same bits.
struct SimMathGoldenDigestTests {
    static func digest(_ arguments: [Double], _ function: (Double) -> Double) -> String {
        var digest = RunDigest()
        for x in arguments { digest.add(function(x)) }
        return digest.hex
    }

    @Test func logBitsArePinned() {
        #expect(SimMathAccuracyTests.logArguments.count == 100_006)
        #expect(Self.digest(SimMathAccuracyTests.logArguments, SimMath.log) == "7709a9b93a0ac7af")
    }

    @Test func expBitsArePinned() {
        #expect(SimMathAccuracyTests.expArguments.count == 100_006)
        #expect(Self.digest(SimMathAccuracyTests.expArguments, SimMath.exp) == "a4702ae3402400e5")
    }
}
