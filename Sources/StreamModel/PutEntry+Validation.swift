import SimKernel

extension PutEntry {
    /// The record-level rules of PutRecord and PutRecords: size (data + key) at most the
    /// stream's max record size (P3), partition key of 1–256 characters (H1). `index` names
    /// the entry in the error.
    @inlinable
    func validate(index: Int, limits: StreamLimits) throws(PutRecordsInvalid) {
        guard recordBytes <= limits.maxRecordBytes else {
            throw .recordTooLarge(entry: index, bytes: recordBytes, limit: limits.maxRecordBytes)
        }
        guard limits.partitionKeyLengthRange.contains(Int(partitionKeyLength)) else {
            throw .partitionKeyLength(entry: index, length: Int(partitionKeyLength), allowed: limits.partitionKeyLengthRange)
        }
    }
}
