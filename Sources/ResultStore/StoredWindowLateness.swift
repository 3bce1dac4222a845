/// The records that reached one window of a window operator after it had closed (`run_window_late`).
public struct StoredWindowLateness: Sendable, Equatable {
    public var consumer: String
    /// Position of the operator in the consumer's pipeline, from 0.
    public var operatorIndex: Int
    /// Window bounds in epoch milliseconds.
    public var windowStartMs: Int64
    public var windowEndMs: Int64
    public var lateRecords: Int64

    public init(consumer: String, operatorIndex: Int, windowStartMs: Int64, windowEndMs: Int64, lateRecords: Int64) {
        self.consumer = consumer
        self.operatorIndex = operatorIndex
        self.windowStartMs = windowStartMs
        self.windowEndMs = windowEndMs
        self.lateRecords = lateRecords
    }
}
