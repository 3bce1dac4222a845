/// Readings a gateway buffers while it cannot reach the stream (`fleet.offlineQueue`), as
/// device SDKs and edge runtimes do (AWS IoT Greengrass's stream manager, the IoT Device SDK's
/// offline queue): hold them, give some up when the buffer is full, send the backlog at a
/// limited rate once the link is back.
public struct OfflineQueueConfig: Equatable, Sendable {
    /// Readings held at most, over all of a gateway's outages; nil = unbounded.
    public var capacity: Int?
    /// PutRecords requests per second that drain the backlog after reconnecting, on top of
    /// live traffic.
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
    /// The oldest held reading makes room for the new one: the freshest data survives.
    case dropOldest = "drop-oldest"
    /// The new reading is refused: the earliest data survives.
    case dropNewest = "drop-newest"
}
