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
