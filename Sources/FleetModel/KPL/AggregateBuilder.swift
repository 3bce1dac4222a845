import StreamModel
import Telemetry

/// One Kinesis record being filled with user records for one shard, sized exactly as the KPL
/// serialises it (`AggregatedRecordFormat`): a user record joins while the record stays within
/// `AggregationMaxCount` and `AggregationMaxSize`.
///
/// The KPL adds first and trims the last records off when its size estimate passes the limit;
/// adding only what fits gives the same records.
struct AggregateBuilder {
    private(set) var count = 0
    /// The protobuf's bytes so far (keys table and records).
    private var protobufBytes: Int64 = 0
    private var firstDataBytes: Int64 = 0
    /// Each distinct partition key's index in the key table, by its hash (keys are never
    /// built as text on the hot path; equal hashes are equal keys).
    private var keyIndex: [UInt128: Int] = [:]

    /// The Kinesis record's data: the user record itself when it is alone, else the aggregate.
    var dataBytes: Int64 {
        count == 1 ? firstDataBytes : AggregatedRecordFormat.fixedOverhead + protobufBytes
    }

    /// Adds `entry` if the record stays within the bounds (a first record always joins; with
    /// aggregation off, nothing joins it).
    mutating func add(_ entry: PutEntry<Reading>, config: KPLConfig) -> Bool {
        if count > 0 && !config.aggregationEnabled { return false }
        let known = keyIndex[entry.hashKey]
        let index = known ?? keyIndex.count
        var added = AggregatedRecordFormat.recordFieldBytes(dataBytes: Int64(entry.dataBytes), keyIndex: index)
        if known == nil { added += AggregatedRecordFormat.keyFieldBytes(keyBytes: Int64(entry.partitionKeyBytes)) }
        if count > 0 {
            guard count < config.aggregationMaxCount,
                  AggregatedRecordFormat.fixedOverhead + protobufBytes + added <= config.aggregationMaxSize else { return false }
        } else {
            firstDataBytes = Int64(entry.dataBytes)
        }
        if known == nil { keyIndex[entry.hashKey] = index }
        protobufBytes += added
        count += 1
        return true
    }

    /// The Kinesis record as the stream sees it, made from its first user record.
    func kinesisEntry(first: PutEntry<Reading>) -> PutEntry<Reading> {
        guard count > 1 else { return first }
        return PutEntry(hashKey: first.hashKey, partitionKeyLength: AggregatedRecordFormat.aggregatePartitionKeyBytes,
                        dataBytes: Int32(dataBytes), payload: first.payload)
    }

    mutating func reset() {
        count = 0
        protobufBytes = 0
        keyIndex.removeAll(keepingCapacity: true)
    }
}
