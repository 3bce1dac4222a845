import StreamModel
import Telemetry

/// A user record the KPL holds (buffered, waiting on its shard's limiter, or in a request): the
/// reading as the gateway put it, and whether the stream already has a copy (a record retried
/// after a lost response: a new copy is a duplicate, and giving it up loses nothing).
public struct KPLRecord {
    public var entry: PutEntry<Reading>
    public var acceptedBefore: Bool

    @inlinable
    public init(entry: PutEntry<Reading>, acceptedBefore: Bool = false) {
        self.entry = entry
        self.acceptedBefore = acceptedBefore
    }
}
