import Scenario

/// A scenario's optional `perf` object: its wall speed from `baseline update --perf`, an
/// extension of `simctl.baseline.v1` that older files simply lack.
///
/// ```
/// "perf": {"machine": "2 cores, x86_64, release build", "max_records_per_second": 1251977,
///          "median_records_per_second": 1204113, "min_records_per_second": 1180020, "runs": 5}
/// ```
extension BaselineFile {
    static func tree(_ speed: WallSpeed) -> JSONTree {
        .object([
            "runs": .integer(Int64(speed.runs)), "machine": .string(speed.machine),
            "median_records_per_second": .number(speed.medianRecordsPerSecond),
            "min_records_per_second": .number(speed.minRecordsPerSecond),
            "max_records_per_second": .number(speed.maxRecordsPerSecond),
        ])
    }
}

extension BaselineReader {
    static let perfFields = ["machine", "max_records_per_second", "median_records_per_second", "min_records_per_second", "runs"]

    /// The wall speed at `path`; nil when there is none, or with a problem noted when it is malformed.
    mutating func perf(_ value: JSONValue?, at path: String) -> WallSpeed? {
        guard let value, let fields = object(value, at: path, what: "an object of a wall speed (`baseline update --perf`)") else {
            return nil
        }
        unknownFields(fields, allowed: Self.perfFields, at: path + ".")
        let speeds = ["min", "median", "max"].map { speed(fields, "\($0)_records_per_second", at: path) }
        let runs = self.runs(fields["runs"], at: "\(path).runs")
        let machine = string(fields["machine"]).flatMap { $0.isEmpty ? nil : $0 }
        if machine == nil { problems.append("\(path).machine: \(describe(fields["machine"])): must be a non-empty string") }
        guard let low = speeds[0], let median = speeds[1], let high = speeds[2], let runs, let machine else { return nil }
        guard low <= median, median <= high else {
            problems.append("\(path): min \(low.plainText), median \(median.plainText), max \(high.plainText): must be in that order")
            return nil
        }
        return WallSpeed(runs: runs, medianRecordsPerSecond: median, minRecordsPerSecond: low, maxRecordsPerSecond: high,
                         machine: machine)
    }

    mutating func speed(_ fields: [String: JSONValue], _ key: String, at path: String) -> Double? {
        guard let number = number(fields[key]), number >= 0 else {
            problems.append("\(path).\(key): \(describe(fields[key])): must be a number ≥ 0 (records accepted per wall second)")
            return nil
        }
        return number
    }

    mutating func runs(_ value: JSONValue?, at path: String) -> Int? {
        guard let number = number(value), number >= 1, number <= 1e6, number == number.rounded() else {
            problems.append("\(path): \(describe(value)): must be a whole number of runs from 1 to 1000000")
            return nil
        }
        return Int(number)
    }
}
