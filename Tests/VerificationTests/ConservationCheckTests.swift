import Testing
import Verification

/// Conservation: `emitted = accepted − duplicates + dropped + in flight`, fed synthetic tallies.
@Suite("Conservation check")
struct ConservationCheckTests {
    /// Emits `emitted`, accepts `accepted` first copies and `duplicates` second copies, drops `dropped`.
    func check(emitted: UInt64, accepted: Int, duplicates: Int, dropped: UInt64) -> ConservationCheck {
        var check = ConservationCheck()
        check.observeEmitted(emitted)
        for _ in 0..<accepted { check.observeAccepted(duplicate: false) }
        for _ in 0..<duplicates { check.observeAccepted(duplicate: true) }
        check.observeDropped(dropped)
        return check
    }

    @Test func balancedTalliesHold() {
        var check = check(emitted: 10, accepted: 6, duplicates: 0, dropped: 3)
        let result = check.verify(held: 1)
        #expect(result.name == "conservation")
        #expect(result.holds)
        #expect(result.firstViolation == nil)
    }

    @Test func aMissingReadingFiresWithTheEquationsValues() {
        var check = check(emitted: 10, accepted: 6, duplicates: 0, dropped: 3)
        let result = check.verify(held: 0)
        #expect(result.violations == 1)
        #expect(result.firstViolation == "emitted 10 readings but accepted 6 − duplicates 0 + dropped 3 + in flight 0 = 9 (1 unaccounted)")
    }

    @Test func duplicatesAreSubtractedFromAccepted() {
        var check = check(emitted: 5, accepted: 5, duplicates: 2, dropped: 0)
        #expect(check.accepted == 7)
        #expect(check.duplicates == 2)
        #expect(check.verify(held: 0).holds)
    }

    @Test func aDuplicateCountedAsFirstCopyFires() {
        // Five readings, one accepted twice, but the second copy not flagged as a duplicate.
        var check = check(emitted: 5, accepted: 6, duplicates: 0, dropped: 0)
        let result = check.verify(held: 0)
        #expect(!result.holds)
        #expect(result.firstViolation?.contains("= 6 (-1 unaccounted)") == true)
    }

    @Test func readingsStillHeldAreAccounted() {
        var check = check(emitted: 4, accepted: 0, duplicates: 0, dropped: 0)
        #expect(check.verify(held: 4).holds)
    }
}
