import SimKernel

/// One entry of a PutRecords request, as the stream sees it.
public struct PutEntry<Payload> {
    /// The 128-bit hash key (MD5 of the partition key, computed once per key by the producer,
    /// or its `ExplicitHashKey`).
    public var hashKey: UInt128
    /// Partition key length in characters (H1's 1–256).
    public var partitionKeyLength: Int32
    /// Partition key length in UTF-8 bytes (counted in the record's size, W2, P2, P3).
    public var partitionKeyBytes: Int32
    /// Data blob length in bytes.
    public var dataBytes: Int32
    public var payload: Payload

    /// An entry whose key has one byte per character, as every key the fleet makes (ids).
    @inlinable
    public init(hashKey: UInt128, partitionKeyLength: Int32, dataBytes: Int32, payload: Payload) {
        self.init(hashKey: hashKey, partitionKeyLength: partitionKeyLength, partitionKeyBytes: partitionKeyLength,
                  dataBytes: dataBytes, payload: payload)
    }

    /// An entry whose key is `partitionKeyLength` characters in `partitionKeyBytes` UTF-8 bytes.
    @inlinable
    public init(hashKey: UInt128, partitionKeyLength: Int32, partitionKeyBytes: Int32, dataBytes: Int32, payload: Payload) {
        self.hashKey = hashKey
        self.partitionKeyLength = partitionKeyLength
        self.partitionKeyBytes = partitionKeyBytes
        self.dataBytes = dataBytes
        self.payload = payload
    }

    /// What the limits count: data plus partition key.
    @inlinable
    public var recordBytes: Int64 { Int64(dataBytes) + Int64(partitionKeyBytes) }
}

/// The per-entry result of PutRecords, in request order (P4, P5).
public enum PutEntryResult: Equatable, Sendable {
    case accepted(shard: Int32, offset: UInt64)
    /// `ProvisionedThroughputExceededException` for this entry (W6).
    case throttled(shard: Int32)
    /// `InternalFailure`, injected by a fault (P6): nothing was written or debited.
    case internalFailure

    /// The stream wrote the entry.
    public var isAccepted: Bool {
        if case .accepted = self { true } else { false }
    }
}

/// Why a whole PutRecords request failed validation (`InvalidArgumentException`, nothing written).
public enum PutRecordsInvalid: Error, Equatable, Sendable, CustomStringConvertible {
    case tooManyEntries(count: Int, limit: Int)
    case requestTooLarge(bytes: Int64, limit: Int64)
    case recordTooLarge(entry: Int, bytes: Int64, limit: Int64)
    case partitionKeyLength(entry: Int, length: Int, allowed: ClosedRange<Int>)
    /// Not `0|([1-9]\d{0,38})`, or above 2^128 − 1 (H3).
    case malformedExplicitHashKey(String)
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
        case .malformedExplicitHashKey(let text):
            return "InvalidArgumentException: ExplicitHashKey \"\(text)\" is not a decimal integer from 0 to 2^128 − 1 "
                + "without leading zeros"
        case .empty:
            return "InvalidArgumentException: a PutRecords request needs at least one record"
        }
    }
}
