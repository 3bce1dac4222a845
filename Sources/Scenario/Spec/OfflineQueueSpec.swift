/// Readings a gateway buffers while it cannot reach the stream (`fleet.offlineQueue`).
public struct OfflineQueueSpec: Equatable, Sendable {
    /// Readings held at most; nil = unbounded.
    public var capacity: Int?
    /// PutRecords requests per second while draining after reconnecting.
    public var drainRate: Double
    public var overflow: OverflowPolicy

    public init(capacity: Int? = nil, drainRate: Double = 2, overflow: OverflowPolicy = .dropOldest) {
        self.capacity = capacity
        self.drainRate = drainRate
        self.overflow = overflow
    }
}

/// Which reading a full offline queue gives up (`fleet.offlineQueue.overflow`).
public enum OverflowPolicy: String, CaseIterable, Sendable {
    case dropOldest = "drop-oldest"
    case dropNewest = "drop-newest"
}
