/// W8: records larger than 1 MiB (AWS's standard maximum), allowed up to 10 MiB when a stream's
/// `maxRecordSize` is raised (`UpdateMaxRecordSize`, 1,024–10,240 KiB).
///
/// AWS keeps the shard's 1 MB/s write limit and accommodates such a record "by temporarily
/// bursting beyond its sustained write throughput, then returning to its baseline rate": the
/// capacity is a tank that a large record drains and that refills at the steady rate
/// (Kinesis Data Streams Developer Guide, "Handle large records"). simctl's rule: a large record
/// is accepted when the shard's byte allowance is untouched — a full byte bucket, or an empty
/// window under the window models — and overdraws it by the excess, so the shard takes no more
/// bytes until the refill (or the window's passing) has paid the debt. Without this a record
/// above one second of the byte rate could never be accepted, however idle the shard.
public enum LargeRecords {
    /// Records above this many bytes are large: AWS's standard maximum record size.
    public static let threshold: Int64 = 1_048_576
    /// The largest record AWS accepts (`MaxRecordSizeInKiB` 10,240).
    public static let maxBytes: Int64 = 10_485_760

    /// Whether a record of `size` bytes is large (W8).
    @inlinable
    public static func isLarge(_ size: Int64) -> Bool { size > threshold }
}
