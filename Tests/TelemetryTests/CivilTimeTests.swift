import Foundation
import SimKernel
import Testing
@testable import Telemetry

/// `CivilTime`: UTC dates and times from epoch milliseconds in the proleptic Gregorian calendar,
/// as Foundation's calendar prints them since 1582, across leap years, centuries and negative
/// instants.
struct CivilTimeTests {
    static func formatted(epochMillis: Int64) -> String {
        var text = ""
        CivilTime(epochMillis: epochMillis).write(to: &text)
        return text
    }

    @Test func knownInstants() {
        #expect(Self.formatted(epochMillis: 0) == "1970-01-01 00:00:00")
        #expect(Self.formatted(epochMillis: -1) == "1969-12-31 23:59:59")
        #expect(Self.formatted(epochMillis: 1_767_225_605_999) == "2026-01-01 00:00:05")
        #expect(Self.formatted(epochMillis: 951_782_400_000) == "2000-02-29 00:00:00")
        #expect(Self.formatted(epochMillis: 4_107_542_400_000) == "2100-03-01 00:00:00")
        #expect(Self.formatted(epochMillis: -62_135_596_800_000) == "0001-01-01 00:00:00")
    }

    @Test func agreesWithFoundationOverTwentyThousandInstants() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var random = SimRandom(masterSeed: 3, label: "civil-time", index: 0)
        for _ in 0..<20_000 {
            // From 1589 on: before October 1582 Foundation's calendar is Julian, ours proleptic Gregorian.
            let millis = Int64(random.bounded(262_000_000_000_000)) - 12_000_000_000_000
            let date = Date(timeIntervalSince1970: Double(CivilTime.floorDivision(millis, 1_000).quotient))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let civil = CivilTime(epochMillis: millis)
            #expect([civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second]
                        == [parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!].map(Int64.init),
                    "\(millis)")
        }
    }
}
