/// A run's series rows (`run_series`), in order.
///
/// Built from a finished run they are generated one at a time as the store writes them, never
/// held together: a day of per-second series is some 700,000 rows, and holding them would make
/// `simctl run`'s memory grow with simulated time. Read back from the store, or built in tests,
/// they are an array.
public struct StoredSeriesRows: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    public let endIndex: Int
    let row: @Sendable (Int) -> StoredSeriesPoint

    public var startIndex: Int { 0 }

    /// `count` rows, row `i` being `row(i)`.
    public init(count: Int, row: @escaping @Sendable (Int) -> StoredSeriesPoint) {
        endIndex = count
        self.row = row
    }

    public init(_ rows: [StoredSeriesPoint]) {
        self.init(count: rows.count) { rows[$0] }
    }

    public init(arrayLiteral rows: StoredSeriesPoint...) {
        self.init(rows)
    }

    public subscript(position: Int) -> StoredSeriesPoint {
        precondition(indices.contains(position), "series row \(position) outside 0..<\(endIndex)")
        return row(position)
    }

    public static func == (a: StoredSeriesRows, b: StoredSeriesRows) -> Bool {
        a.elementsEqual(b)
    }
}
