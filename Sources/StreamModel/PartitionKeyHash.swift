import Crypto

/// The hash key Kinesis derives from a partition key: MD5 of its UTF-8 bytes, read as an
/// unsigned 128-bit big-endian integer (H2).
///
/// MD5 is costly next to the rest of a record's path, so callers compute it once per key
/// (per device, per gateway) and keep the result; it never changes.
public enum PartitionKeyHash {
    public static func hashKey(for partitionKey: String) -> UInt128 {
        let digest = Insecure.MD5.hash(data: Array(partitionKey.utf8))
        return digest.reduce(UInt128(0)) { ($0 << 8) | UInt128($1) }
    }
}
