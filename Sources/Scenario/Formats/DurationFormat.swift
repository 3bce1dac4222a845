import SimKernel

/// The scenario duration format: `"250us"`, `"100ms"`, `"5s"`, `"10m"`, `"1h"`, `"7d"`, `"1h30m"`.
///
/// Each part is a whole number and a unit, largest unit first, each unit at most once; there is
/// no sign, so a duration is never negative. Arithmetic is checked so absurd values are rejected
/// instead of wrapping round.
enum DurationFormat {
    /// Units from largest to smallest; a duration lists its parts in this order.
    static let units: [(name: String, nanoseconds: Int64)] = [
        ("d", 86_400_000_000_000), ("h", 3_600_000_000_000), ("m", 60_000_000_000),
        ("s", 1_000_000_000), ("ms", 1_000_000), ("us", 1_000), ("ns", 1),
    ]

    static let examples = #"examples: "100ms", "5s", "1h""#

    /// What a text says as a duration: a duration, one written correctly but too large for
    /// 64-bit nanoseconds (about 292 years), or not a duration at all.
    enum Reading: Equatable {
        case duration(SimDuration)
        case tooLarge
        case malformed
    }

    /// The duration `text` denotes, or nil if it is not one or is too large.
    static func parse(_ text: String) -> SimDuration? {
        guard case .duration(let duration) = read(text) else { return nil }
        return duration
    }

    /// Reads `text` to its end, so that `"99999999h"` is told apart from `"5 parsecs"`.
    static func read(_ text: String) -> Reading {
        var rest = Substring(text)
        var total: Int64? = 0
        var nextUnit = 0
        guard !rest.isEmpty else { return .malformed }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(number.count)
            let unitName = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(unitName.count)
            guard !number.isEmpty, let unit = units[nextUnit...].firstIndex(where: { $0.name == unitName }) else {
                return .malformed
            }
            total = total.flatMap { total in Int64(number).flatMap { add($0, units[unit].nanoseconds, to: total) } }
            nextUnit = unit + 1
        }
        return total.map { .duration(.nanoseconds($0)) } ?? .tooLarge
    }

    /// `total + count × unit`, or nil on overflow.
    static func add(_ count: Int64, _ unit: Int64, to total: Int64) -> Int64? {
        let (product, productOverflow) = count.multipliedReportingOverflow(by: unit)
        let (sum, sumOverflow) = total.addingReportingOverflow(product)
        return productOverflow || sumOverflow ? nil : sum
    }
}
