import SimKernel
import Testing

/// A broken model invariant stops the process with its message on stderr. Swift's
/// `precondition` printed it only in debug builds; `modelPrecondition` fails through
/// `fatalError`, which prints in every build (this debug test cannot build release itself).
struct ModelPreconditionTests {
    @Test func aFailedCheckPrintsItsMessageAndStops() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            modelPrecondition(2 + 2 == 5, "shard 3 at 12s: accepted 1,001 > 1,000")
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("internal check failed: shard 3 at 12s: accepted 1,001 > 1,000"), "stderr:\n\(stderr)")
    }

    @Test func aHoldingCheckNeverBuildsItsMessage() {
        var built = 0
        func message() -> String {
            built += 1
            return "never"
        }
        modelPrecondition(true, message())
        #expect(built == 0)
    }
}
