import FleetModel
import Scenario
import Telemetry

/// One sampled record as `simctl sample` prints it.
struct RecordSample {
    let text: String

    init(_ record: SampledRecord, payload: Payload, number: Int, epochMillisAtStart: Int64) {
        let reading = record.entry.payload
        let data = payload.render()
        let emitted = StartTime.text(epochMilliseconds: epochMillisAtStart + reading.emittedAt.milliseconds)
        let key = record.partitionKey.map { "\($0) (\($0.utf8.count) B)" }
            ?? "(random: a fresh \(record.entry.partitionKeyLength)-character key per record)"
        let truth = reading.isAnomaly ? "anomaly: \(reading.kind.anomalyDescription)" : "normal"
        let rows = [("partition key", key),
                    ("hash key", "\(record.entry.hashKey)  (MD5 of the partition key; the SDK sets no explicit hash key)"),
                    ("data (\(data.utf8.count) B)", data), ("ground truth", truth)]
        let width = rows.map(\.0.count).max()! + 2
        text = "record \(number)  \(DeviceIdentity.gatewayID(index: UInt32(record.gateway)))  emitted \(emitted)\n"
            + rows.map { label, value in "  " + label + String(repeating: " ", count: width - label.count) + value }
            .joined(separator: "\n")
    }
}

/// One Kinesis record the KPL would put, as `simctl sample --producer kpl` prints it.
struct AggregateSample {
    let text: String

    init(_ aggregate: SampledAggregate, records: [SampledRecord]) {
        let numbers = aggregate.records.map { String($0 + 1) }.joined(separator: ", ")
        let userBytes = aggregate.records.reduce(0) { $0 + Int64(records[$1].entry.dataBytes) }
        let shard = "shardId-" + String(repeating: "0", count: 12 - String(aggregate.shard).count) + String(aggregate.shard)
        let rows: [(String, String)]
        if aggregate.records.count == 1 {
            rows = [("records", "\(numbers), sent as itself (its own partition key and hash key)"),
                    ("data", "\(aggregate.entry.dataBytes) B")]
        } else {
            rows = [("records", "\(aggregate.records.count): \(numbers)"),
                    ("partition key", "a (1 B)"),
                    ("explicit hash key", "\(aggregate.entry.hashKey)  (record \(aggregate.records[0] + 1)'s hash)"),
                    ("data", "\(aggregate.entry.dataBytes) B aggregated (\(userBytes) B of user data, "
                        + "\(Int64(aggregate.entry.dataBytes) - userBytes) B of format)")]
        }
        let width = rows.map(\.0.count).max()! + 2
        text = "Kinesis record  \(DeviceIdentity.gatewayID(index: UInt32(aggregate.gateway)))  \(shard)\n"
            + rows.map { label, value in "  " + label + String(repeating: " ", count: width - label.count) + value }
            .joined(separator: "\n")
    }
}
