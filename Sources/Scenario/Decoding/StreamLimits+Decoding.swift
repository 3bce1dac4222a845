import SimKernel
import StreamModel

extension StreamLimits {
    static let fields = [
        "writeRecordsPerSecond", "writeBytesPerSecond", "maxRecordSize", "putRecordsMaxEntries", "putRecordsMaxBytes",
        "readCallsPerSecond", "readBytesPerSecond", "getRecordsMaxRecords", "getRecordsMaxBytes", "iteratorLifetime",
        "getShardIteratorCallsPerSecond", "updatingDuration", "updateShardCountDuration", "efoBytesPerSecond",
        "efoMaxConsumers",
    ]
    /// Upper bound on counts: keeps token arithmetic (scaled by 10^9) inside `Int64`.
    static let counts = 1...1_000_000_000
    /// Upper bound on sizes, for the same reason.
    static let sizes = Int64(1)...1_073_741_824
    /// How long a resharding call may take (RS7).
    static let reshardDurations = SimDuration.milliseconds(1) ... .hours(1)

    /// Decodes `stream.limits`; every limit is optional and defaults to Kinesis's.
    static func decode(_ field: Field) -> StreamLimits? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var limits = StreamLimits()
        reader.read("writeRecordsPerSecond", into: &limits.writeRecordsPerSecond) { $0.int(counts).map(Int64.init) }
        reader.read("writeBytesPerSecond", into: &limits.writeBytesPerSecond) { $0.size(sizes) }
        reader.read("maxRecordSize", into: &limits.maxRecordBytes) { $0.size(1...LargeRecords.maxBytes) }
        reader.read("putRecordsMaxEntries", into: &limits.putRecordsMaxEntries) { $0.int(counts) }
        reader.read("putRecordsMaxBytes", into: &limits.putRecordsMaxBytes) { $0.size(sizes) }
        reader.read("readCallsPerSecond", into: &limits.readCallsPerSecond) { $0.int(counts) }
        reader.read("readBytesPerSecond", into: &limits.readBytesPerSecond) { $0.size(sizes) }
        reader.read("getRecordsMaxRecords", into: &limits.getRecordsMaxRecords) { $0.int(counts) }
        reader.read("getRecordsMaxBytes", into: &limits.getRecordsMaxBytes) { $0.size(sizes) }
        reader.read("iteratorLifetime", into: &limits.iteratorLifetime) { $0.duration(.seconds(1) ... .hours(24)) }
        reader.read("getShardIteratorCallsPerSecond", into: &limits.getShardIteratorCallsPerSecond) { $0.int(counts) }
        reader.read("updatingDuration", into: &limits.updatingDuration) { $0.duration(reshardDurations) }
        reader.read("updateShardCountDuration", into: &limits.updateShardCountDuration) { $0.duration(reshardDurations) }
        reader.read("efoBytesPerSecond", into: &limits.efoBytesPerSecond) { $0.size(sizes) }
        reader.read("efoMaxConsumers", into: &limits.efoMaxConsumers) { $0.int(counts) }
        return limits
    }
}
