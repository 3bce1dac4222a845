import Testing
@testable import SimKernel

/// `SimTime`: a non-negative instant that moves by durations.
struct SimTimeTests {
    @Test func construction() {
        #expect(SimTime.zero.nanoseconds == 0)
        #expect(SimTime(nanoseconds: 1_234).nanoseconds == 1_234)
    }

    @Test func arithmeticWithDurations() {
        let start = SimTime(nanoseconds: 5_000_000_000)
        #expect(start + .milliseconds(250) == SimTime(nanoseconds: 5_250_000_000))
        #expect(start - .seconds(2) == SimTime(nanoseconds: 3_000_000_000))
        #expect(start + .seconds(-1) == SimTime(nanoseconds: 4_000_000_000))
        #expect((start + .minutes(1)) - start == .minutes(1))
        #expect(SimTime.zero - start == .seconds(-5))  // a difference may be negative
    }

    @Test func order() {
        #expect(SimTime.zero < SimTime(nanoseconds: 1))
        #expect(!(SimTime(nanoseconds: 1) < SimTime(nanoseconds: 1)))
        #expect([SimTime(nanoseconds: 3), .zero, SimTime(nanoseconds: 2)].sorted().map(\.nanoseconds) == [0, 2, 3])
    }

    @Test func millisecondsTruncate() {
        #expect(SimTime(nanoseconds: 1_999_999).milliseconds == 1)
        #expect(SimTime(nanoseconds: 999_999).milliseconds == 0)
    }

    @Test func descriptionIsElapsedDuration() {
        #expect(SimTime.zero.description == "0s")
        #expect((SimTime.zero + .minutes(90)).description == "1h30m")
        #expect((SimTime.zero + .milliseconds(250)).description == "250ms")
    }
}
