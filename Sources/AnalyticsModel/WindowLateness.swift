/// The records that reached a window after it had closed (`SlidingWindows.lateByWindow`).
public struct WindowLateness: Sendable, Equatable {
    /// Window start and end, epoch milliseconds.
    public var start: Int64
    public var end: Int64
    public var records: Int64

    public init(start: Int64, end: Int64, records: Int64) {
        self.start = start
        self.end = end
        self.records = records
    }
}
