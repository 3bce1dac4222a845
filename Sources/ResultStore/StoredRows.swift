/// A run's rows of one long table (`run_series`, `run_consumer_series`), in order.
///
/// Built from a finished run they are generated one at a time as the store writes them, never
/// held together: a day of per-second series is some 700,000 rows, and holding them would make
/// `simctl run`'s memory grow with simulated time. Read back from the store, or built in tests,
/// they are an array.
public struct StoredRows<Element: Sendable & Equatable>: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    public let endIndex: Int
    let row: @Sendable (Int) -> Element

    public var startIndex: Int { 0 }

    /// `count` rows, row `i` being `row(i)`.
    public init(count: Int, row: @escaping @Sendable (Int) -> Element) {
        endIndex = count
        self.row = row
    }

    public init(_ rows: [Element]) {
        self.init(count: rows.count) { rows[$0] }
    }

    public init(arrayLiteral rows: Element...) {
        self.init(rows)
    }

    public subscript(position: Int) -> Element {
        precondition(indices.contains(position), "row \(position) outside 0..<\(endIndex)")
        return row(position)
    }

    public static func == (a: StoredRows, b: StoredRows) -> Bool {
        a.elementsEqual(b)
    }
}

/// The CloudWatch-named series of a run (`run_series`).
public typealias StoredSeriesRows = StoredRows<StoredSeriesPoint>
/// Each consumer's per-second figures (`run_consumer_series`).
public typealias StoredConsumerSeriesRows = StoredRows<StoredConsumerPoint>
