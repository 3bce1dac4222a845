import Testing
@testable import Reporting

/// Report numbers are locale-independent and fixed: the same run prints the same text.
@Suite struct FormattingTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (18_720_000, "18,720,000"), (-1_234_567, "-1,234,567")])
    func countsHaveThousandsSeparators(value: Int, text: String) {
        #expect(Formatting.count(value) == text)
    }

    @Test(arguments: [(3.14159, 2, "3.14"), (2.5, 0, "3"), (-0.004, 2, "0.00"), (1_234.5, 1, "1,234.5"), (0.1, 4, "0.1000"),
                      (9.9951, 2, "10.00"), (-2.25, 1, "-2.3")])
    func fixedDecimalsRoundHalfAwayFromZero(value: Double, decimals: Int, text: String) {
        #expect(Formatting.fixed(value, decimals) == text)
    }

    @Test func percentages() {
        #expect(Formatting.percent(0.351) == "35.10%")
    }

    @Test func windowsAreUTCTimes() {
        #expect(Formatting.window(1_767_225_600_000, 1_767_225_660_000) == "2026-01-01 00:00:00–00:01:00")
        #expect(Formatting.window(1_767_311_940_000, 1_767_312_000_000) == "2026-01-01 23:59:00–2026-01-02 00:00:00")
        #expect(Formatting.timestamp(1_767_225_600_250) == "2026-01-01 00:00:00.250")
    }

    @Test func tablesAlignTheirColumns() {
        var table = TextTable()
        table.add("shard", "records")
        table.add("shardId-000000000000", "9")
        #expect(table.rendered() == "  shard                 records\n  shardId-000000000000        9\n")
    }
}
