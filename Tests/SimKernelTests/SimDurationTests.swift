import Testing
@testable import SimKernel

/// `SimDuration`: unit constructors, integer arithmetic and the scenario-format rendering.
struct SimDurationTests {
    @Test func constructorsScaleToNanoseconds() {
        #expect(SimDuration.nanoseconds(7).nanoseconds == 7)
        #expect(SimDuration.microseconds(7).nanoseconds == 7_000)
        #expect(SimDuration.milliseconds(7).nanoseconds == 7_000_000)
        #expect(SimDuration.seconds(7).nanoseconds == 7_000_000_000)
        #expect(SimDuration.minutes(7).nanoseconds == 420_000_000_000)
        #expect(SimDuration.hours(7).nanoseconds == 25_200_000_000_000)
        #expect(SimDuration(nanoseconds: -3).nanoseconds == -3)
        #expect(SimDuration.zero.nanoseconds == 0)
    }

    @Test func arithmeticAndOrder() {
        #expect(SimDuration.seconds(1) + .milliseconds(500) == .milliseconds(1_500))
        #expect(SimDuration.seconds(1) - .seconds(3) == .seconds(-2))
        #expect(SimDuration.milliseconds(250) * 4 == .seconds(1))
        #expect(SimDuration.milliseconds(250) * -2 == .milliseconds(-500))
        #expect(SimDuration.microseconds(999) < .milliseconds(1))
        #expect(SimDuration.seconds(-1) < .zero)
        #expect(SimDuration.minutes(90) == .hours(1) + .minutes(30))
    }

    @Test func reportingConversions() {
        #expect(SimDuration.microseconds(1_500).milliseconds == 1.5)
        #expect(SimDuration.milliseconds(2_500).seconds == 2.5)
    }

    @Test(arguments: [
        (SimDuration.zero, "0s"),
        (.minutes(90), "1h30m"),
        (.milliseconds(250), "250ms"),
        (.seconds(1), "1s"),
        (.nanoseconds(1), "1ns"),
        (.microseconds(42), "42us"),
        (.hours(48), "2d"),
        (.milliseconds(1_001), "1s1ms"),
        (.hours(25) + .seconds(1) + .nanoseconds(5), "1d1h1s5ns"),
        (.seconds(-90), "-1m30s"),
        (.milliseconds(-250), "-250ms"),
        (.nanoseconds(.max), "106751d23h47m16s854ms775us807ns"),
        (.nanoseconds(.min), "-106751d23h47m16s854ms775us808ns"),
    ])
    func description(duration: SimDuration, text: String) {
        #expect(duration.description == text)
    }
}
