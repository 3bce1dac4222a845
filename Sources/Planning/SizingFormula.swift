import Foundation

/// AWS's documented shard sizing for provisioned streams (`kinesis-semantics.md` §1.17):
/// `incoming KiB/s = average record KiB × records/s`, `outgoing = incoming × consumers`,
/// `shards = ⌈max(incoming / 1024, outgoing / 2048)⌉` — once as AWS documents it, with the
/// average record rounded up to 1 KiB, and once on raw bytes. Neither has a records-per-second
/// term, nor the 5 reads a second shared by polling consumers, nor hot keys.
public struct SizingFormula: Equatable, Sendable {
    public var recordsPerSecond: Double
    public var averageRecordBytes: Double
    public var consumers: Int

    public init(recordsPerSecond: Double, averageRecordBytes: Double, consumers: Int) {
        self.recordsPerSecond = recordsPerSecond
        self.averageRecordBytes = averageRecordBytes
        self.consumers = consumers
    }

    /// With the average record rounded up to a whole KiB, as AWS documents it.
    public var roundedShards: Int { shards(incomingKiB: (averageRecordBytes / 1024).rounded(.up) * recordsPerSecond) }

    /// On raw bytes.
    public var rawShards: Int { shards(incomingKiB: averageRecordBytes / 1024 * recordsPerSecond) }

    func shards(incomingKiB: Double) -> Int {
        let outgoingKiB = incomingKiB * Double(max(consumers, 1))
        return max(1, Int(max(incomingKiB / 1024, outgoingKiB / 2048).rounded(.up)))
    }
}
