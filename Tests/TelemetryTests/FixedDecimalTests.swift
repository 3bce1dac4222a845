import Testing
@testable import Telemetry

@Suite struct FixedDecimalTests {
    @Test(arguments: [
        (15.27, 2, "15.27"), (35.2, 2, "35.20"), (0, 2, "0.00"), (7, 0, "7"),
        (9.999, 2, "10.00"), (-9.999, 2, "-10.00"), (99.96, 1, "100.0"), (999_999.9999999, 6, "1000000.000000"),
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2.5, 0, "3"), (-2.5, 0, "-3"),
        (-0.004, 2, "0.00"), (-0.0, 2, "0.00"), (-0.0, 0, "0"), (-0.0000004, 6, "0.000000"),
        (-0.0000005, 6, "-0.000001"), (0.05, 2, "0.05"), (-12.9, 1, "-12.9"), (1e15, 2, "1000000000000000.00"),
    ] as [(Double, Int, String)])
    func printsRoundedHalfAwayFromZero(value: Double, decimals: Int, expected: String) {
        let number = FixedDecimal(value, decimals: decimals)
        #expect(number.text == expected)
        #expect(number.utf8Count == expected.utf8.count)
    }

    @Test func padsIntegersWithLeadingZeros() {
        #expect(FixedDecimal(integer: 42, minimumDigits: 6).text == "000042")
        #expect(FixedDecimal(integer: 1_234_567, minimumDigits: 6).text == "1234567")
        #expect(FixedDecimal(integer: -5, minimumDigits: 3).text == "-005")
        #expect(FixedDecimal(integer: .min).text == "-9223372036854775808")
        #expect(FixedDecimal(integer: .max).utf8Count == 19)
    }

    @Test func lengthMatchesTextAcrossDigitBoundaries() {
        var random = TelemetryFixture.random(seed: 7)
        for decimals in 0...9 {
            for exponent in -3...8 {
                for _ in 0..<40 {
                    let magnitude = random.uniform(0.5, 1.5) * power(10, exponent)
                    let value = random.chance(0.5) ? -magnitude : magnitude
                    let number = FixedDecimal(value, decimals: decimals)
                    #expect(number.utf8Count == number.text.utf8.count, "\(value) with \(decimals) decimals")
                }
            }
        }
    }

    @Test func digitCountsMatchAtEveryPowerOfTen() {
        var power: UInt64 = 1
        for digits in 1...19 {
            #expect(FixedDecimal.digitCount(power) == digits)
            #expect(FixedDecimal.digitCount(power - 1) == max(digits - 1, 1))
            power &*= 10
        }
        #expect(FixedDecimal.digitCount(.max) == String(UInt64.max).count)
    }

    @Test func doubleValueIsThePrintedValue() {
        #expect(FixedDecimal(15.274, decimals: 2).doubleValue == 15.27)
        #expect(FixedDecimal(9.999, decimals: 2).doubleValue == 10)
        #expect(FixedDecimal(-0.004, decimals: 2).doubleValue == 0)
    }

    private func power(_ base: Double, _ exponent: Int) -> Double {
        exponent >= 0 ? (0..<exponent).reduce(1) { value, _ in value * base }
                      : 1 / power(base, -exponent)
    }
}
