/// One named figure of a run, keyed as in the machine summary
/// ("records.accepted", "consumers.analytics.latency.e2e_ms.p99").
public struct StoredMetric: Sendable, Equatable {
    /// Unique within a run: the table's primary key is (run, name).
    public var name: String
    /// Must not be NaN: SQLite stores NaN as NULL, which the NOT NULL column rejects.
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
