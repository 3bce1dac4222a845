/// The byte layout of a KPL aggregated record (`aggregation-format.md` of
/// awslabs/amazon-kinesis-producer; `KinesisRecord::serialize`): the 4-byte magic
/// `F3 89 9A C2`, a protobuf `AggregatedRecord`, and the 16-byte MD5 of that protobuf.
///
/// ```
/// message AggregatedRecord {
///   repeated string partition_key_table     = 1;  // each distinct user partition key once
///   repeated string explicit_hash_key_table = 2;  // empty: the fleet's records set none
///   repeated Record records                 = 3;
/// }
/// message Record {
///   required uint64 partition_key_index = 1;
///   optional uint64 explicit_hash_key_index = 2;
///   required bytes  data = 3;
/// }
/// ```
/// A container of one user record is not aggregated: it is sent as that record, with its own
/// partition key. An aggregated record is put with partition key "a" and, as its explicit hash
/// key, the hash of its first user record, so it lands on that record's shard.
public enum AggregatedRecordFormat {
    /// Magic number and MD5 trailer around the protobuf (`KinesisRecord::kFixedOverhead`).
    public static let fixedOverhead: Int64 = 4 + 16
    /// The partition key of an aggregated record: one byte, as the KPL sets it.
    public static let aggregatePartitionKeyBytes: Int32 = 1

    /// Bytes of a protobuf varint holding `value`.
    @inlinable
    public static func varintBytes(_ value: Int64) -> Int64 {
        var bytes: Int64 = 1
        var rest = value >> 7
        while rest > 0 {
            bytes += 1
            rest >>= 7
        }
        return bytes
    }

    /// Bytes a user record adds to the `records` field: its tag and length, then the `Record`
    /// message (key index and data, each with its tag).
    @inlinable
    public static func recordFieldBytes(dataBytes: Int64, keyIndex: Int) -> Int64 {
        let message = 1 + varintBytes(Int64(keyIndex)) + 1 + varintBytes(dataBytes) + dataBytes
        return 1 + varintBytes(message) + message
    }

    /// Bytes a distinct partition key adds to `partition_key_table`: tag, length, the key.
    @inlinable
    public static func keyFieldBytes(keyBytes: Int64) -> Int64 {
        1 + varintBytes(keyBytes) + keyBytes
    }
}
