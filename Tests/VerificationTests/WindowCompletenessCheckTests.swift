import Testing
@testable import Verification

/// Every branch of the window-completeness check: a complete operator passes; a window short
/// of a record, one summing wrong, and one that was never fed are each caught.
struct WindowCompletenessCheckTests {
    typealias Tally = WindowCompletenessCheck.Tally

    /// A 10 s window sliding by 5 s, fed records at 1 s, 6 s and 12 s (epoch ms).
    func fedCheck() -> WindowCompletenessCheck {
        var check = WindowCompletenessCheck(operators: [.init(label: "c/0", sizeNs: 10_000_000_000, slideNs: 5_000_000_000)])
        for (ms, value) in [(1_000, 1.0), (6_000, 2.0), (12_000, 4.0)] {
            check.observe(operator: 0, timeNs: Int64(ms) * 1_000_000, value: value)
        }
        return check
    }

    /// Windows at −5 s, 0 s, 5 s and 10 s: {1}, {1, 6}, {6, 12}, {12}.
    @Test func aCompleteOperatorHolds() {
        let results = [Tally(startMs: -5_000, records: 1, sum: 1), Tally(startMs: 0, records: 2, sum: 3),
                       Tally(startMs: 5_000, records: 1, sum: 2), Tally(startMs: 5_000, records: 1, sum: 4),
                       Tally(startMs: 10_000, records: 1, sum: 4)]
        #expect(fedCheck().verify(results: [results], late: [[]]).holds)
        // A record late for a window is accounted for by its late count instead.
        let lateOne = results.filter { $0.startMs != -5_000 }
        #expect(fedCheck().verify(results: [lateOne], late: [[Tally(startMs: -5_000, records: 1, sum: 0)]]).holds)
    }

    @Test func aMissingRecordAWrongSumAndAPhantomWindowAreCaught() {
        let results = [Tally(startMs: 0, records: 2, sum: 3.5), Tally(startMs: 5_000, records: 1, sum: 2),
                       Tally(startMs: 10_000, records: 1, sum: 4), Tally(startMs: 20_000, records: 1, sum: 9)]
        let verdict = fedCheck().verify(results: [results], late: [[]])
        #expect(verdict.violations == 4)
        #expect(verdict.messages == [
            "c/0: window at -5000 ms was fed 1 records but counts 0 and 0 late",
            "c/0: window at 0 ms sums to 3.5, but its records sum to 3.0",
            "c/0: window at 5000 ms was fed 2 records but counts 1 and 0 late",
            "c/0: window at 20000 ms has results but was fed nothing",
        ])
    }

    /// Tumbling windows take the newest-window shortcut; an older window opened in between must
    /// not send later records of the newest one astray.
    @Test func tumblingRecordsAfterAnOlderWindowOpenedStillLandRight() {
        var check = WindowCompletenessCheck(operators: [.init(label: "c/0", sizeNs: 10_000_000_000, slideNs: 10_000_000_000)])
        for (ms, value) in [(15_000, 1.0), (5_000, 2.0), (16_000, 4.0), (17_000, 8.0)] {
            check.observe(operator: 0, timeNs: Int64(ms) * 1_000_000, value: value)
        }
        let results = [Tally(startMs: 0, records: 1, sum: 2), Tally(startMs: 10_000, records: 3, sum: 13)]
        #expect(check.verify(results: [results], late: [[]]).holds)
    }

    /// Sliding windows take the in-place shortcut when a record's windows are the newest fed; a
    /// record in a new window, one in older windows and one whose windows only partly exist must
    /// still land in exactly the windows covering them.
    @Test func slidingRecordsLandRightWithAndWithoutTheShortcut() {
        var check = WindowCompletenessCheck(operators: [.init(label: "c/0", sizeNs: 10_000_000_000, slideNs: 5_000_000_000)])
        for (ms, value) in [(6_000, 1.0), (7_000, 2.0), (12_000, 4.0), (1_000, 8.0), (13_000, 16.0), (14_000, 32.0)] {
            check.observe(operator: 0, timeNs: Int64(ms) * 1_000_000, value: value)
        }
        // Windows at −5 s {1}, 0 s {6, 7, 1}, 5 s {6, 7, 12, 13, 14}, 10 s {12, 13, 14}.
        let results = [Tally(startMs: -5_000, records: 1, sum: 8), Tally(startMs: 0, records: 3, sum: 11),
                       Tally(startMs: 5_000, records: 5, sum: 55), Tally(startMs: 10_000, records: 3, sum: 52)]
        #expect(check.verify(results: [results], late: [[]]).holds)
    }
}
