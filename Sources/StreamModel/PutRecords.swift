import SimKernel

/// One entry of a PutRecords request, as the stream sees it.
public struct PutEntry<Payload> {
    /// The 128-bit hash key (MD5 of the partition key, computed once per key by the producer).
    public var hashKey: UInt128
    /// Partition key length in characters (counted in the record's size, H1, W2).
    public var partitionKeyLength: Int32
    /// Data blob length in bytes.
    public var dataBytes: Int32
    public var payload: Payload

    @inlinable
    public init(hashKey: UInt128, partitionKeyLength: Int32, dataBytes: Int32, payload: Payload) {
        self.hashKey = hashKey
        self.partitionKeyLength = partitionKeyLength
        self.dataBytes = dataBytes
        self.payload = payload
    }

    /// What the limits count: data plus partition key.
    @inlinable
    public var recordBytes: Int64 { Int64(dataBytes) + Int64(partitionKeyLength) }
}

/// The per-entry result of PutRecords, in request order (P4, P5).
public enum PutEntryResult: Equatable, Sendable {
    case accepted(shard: Int32, offset: UInt64)
    /// `ProvisionedThroughputExceededException` for this entry.
    case throttled(shard: Int32)
}

/// Why a whole PutRecords request failed validation (`InvalidArgumentException`, nothing written).
public enum PutRecordsInvalid: Error, Equatable, Sendable, CustomStringConvertible {
    case tooManyEntries(count: Int, limit: Int)
    case requestTooLarge(bytes: Int64, limit: Int64)
    case recordTooLarge(entry: Int, bytes: Int64, limit: Int64)
    case partitionKeyLength(entry: Int, length: Int, allowed: ClosedRange<Int>)
    case empty

    public var description: String {
        switch self {
        case .tooManyEntries(let count, let limit):
            return "InvalidArgumentException: \(count) records in one PutRecords request (at most \(limit))"
        case .requestTooLarge(let bytes, let limit):
            return "InvalidArgumentException: request of \(bytes) bytes (at most \(limit), data and keys)"
        case .recordTooLarge(let entry, let bytes, let limit):
            return "InvalidArgumentException: record \(entry) is \(bytes) bytes (at most \(limit), data and key)"
        case .partitionKeyLength(let entry, let length, let allowed):
            return "InvalidArgumentException: record \(entry) has a partition key of \(length) characters "
                + "(allowed \(allowed.lowerBound)–\(allowed.upperBound))"
        case .empty:
            return "InvalidArgumentException: a PutRecords request needs at least one record"
        }
    }
}
