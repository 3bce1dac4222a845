import SimKernel

/// When a gateway sends a PutRecords request (`fleet.batching`): as soon as any bound is reached.
public struct BatchingSpec: Equatable, Sendable {
    /// 1–500 entries (the PutRecords limit).
    public var maxRecords: Int
    /// 1 B–5 MiB of data and keys (the PutRecords limit).
    public var maxBytes: Int64
    /// How long the oldest buffered reading may wait.
    public var linger: SimDuration

    public init(maxRecords: Int = 500, maxBytes: Int64 = 5 * 1_048_576, linger: SimDuration = .milliseconds(100)) {
        self.maxRecords = maxRecords
        self.maxBytes = maxBytes
        self.linger = linger
    }
}
