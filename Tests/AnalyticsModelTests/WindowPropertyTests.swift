import AnalyticsModel
import SimKernel
import Telemetry
import Testing

/// Seeded property: with a watermark lag at least the input's disorder, no record is late and
/// the operator's results equal a brute-force grouping of the same readings.
@Suite("Tumbling windows against brute force")
struct WindowPropertyTests {
    struct Sample {
        var config: TumblingWindowConfig
        /// In operator order, with the shard each was read from.
        var records: [(reading: Reading, shard: Int)]
    }

    @Test("random readings in bounded disorder", arguments: UInt64(1)...UInt64(40))
    func matchesBruteForce(seed: UInt64) {
        let sample = Self.sample(seed: seed)
        var windows = TumblingWindows(config: sample.config)
        for (record, shard) in sample.records {
            windows.add(record, shard: shard, arrivedAt: record.emittedAt)
            windows.checkInvariants()
        }
        windows.finish(at: SimTime(nanoseconds: 1_000_000_000_000))
        #expect(windows.lateDropped == 0)
        #expect(windows.recordsIn == UInt64(sample.records.count))
        let expected = Self.bruteForce(sample)
        #expect(windows.results.count == expected.count)
        let firstDifference = zip(windows.results, expected).first { $0 != $1 }
        #expect(firstDifference == nil, "first differing row (operator, brute force)")
    }

    /// Readings at random nanoseconds with integral values (so sums are exact in any order),
    /// emitted in time order and then jittered by less than the watermark lag.
    static func sample(seed: UInt64) -> Sample {
        var random = SimRandom(seed: seed)
        let groupings: [WindowGrouping] = [.kind, .device, .gateway, .shard]
        let disorderNs = Int64(random.bounded(5_000_000_000))
        let config = TumblingWindowConfig(
            size: .milliseconds(Int64(1 + random.bounded(20_000))),
            groupBy: groupings[Int(random.bounded(4))],
            watermarkLag: .nanoseconds(disorderNs + Int64(random.bounded(2_000_000_000))),
            epochMillisAtStart: 1_600_000_000_000 + Int64(random.bounded(1_000_000_000)))
        var jittered: [(key: Int64, reading: Reading, shard: Int)] = []
        for sequence in 0..<UInt32(500 + random.bounded(1_500)) {
            let emittedNs = Int64(random.bounded(120_000_000_000))
            let record = Reading(
                id: ReadingID(device: UInt32(random.bounded(300)), sequence: sequence),
                gateway: UInt32(random.bounded(12)), kind: DeviceKind.allCases[Int(random.bounded(4))],
                isAnomaly: false, payloadBytes: 64, emittedAt: SimTime(nanoseconds: emittedNs),
                value: Double(Int64(random.bounded(2_001)) - 1_000))
            let key = emittedNs + Int64(random.bounded(UInt64(disorderNs) + 1))
            jittered.append((key, record, Int(random.bounded(8))))
        }
        jittered.sort { ($0.key, $0.reading.id) < ($1.key, $1.reading.id) }
        return Sample(config: config, records: jittered.map { ($0.reading, $0.shard) })
    }

    /// Every record's (window start, group, value), sorted, then folded run by run.
    static func bruteForce(_ sample: Sample) -> [WindowResult] {
        let sizeNs = sample.config.size.nanoseconds
        let keyed = sample.records.map { record, shard in
            let epochNs = sample.config.epochMillisAtStart * 1_000_000 + record.emittedAt.nanoseconds
            return (start: epochNs / sizeNs * sizeNs, group: groupID(record, shard, sample.config.groupBy),
                    value: record.value)
        }.sorted { ($0.start, $0.group) < ($1.start, $1.group) }
        var results: [WindowResult] = []
        for entry in keyed {
            let startMs = entry.start / 1_000_000
            if let last = results.last, last.start == startMs, last.group == entry.group {
                results[results.count - 1].count += 1
                results[results.count - 1].sum += entry.value
                results[results.count - 1].min = min(last.min, entry.value)
                results[results.count - 1].max = max(last.max, entry.value)
            } else {
                results.append(WindowResult(start: startMs, end: startMs + sizeNs / 1_000_000, group: entry.group,
                                            count: 1, sum: entry.value, min: entry.value, max: entry.value))
            }
        }
        return results
    }

    static func groupID(_ record: Reading, _ shard: Int, _ grouping: WindowGrouping) -> UInt32 {
        switch grouping {
        case .kind: return UInt32(record.kind.rawValue)
        case .device: return record.device
        case .gateway: return record.gateway
        case .shard: return UInt32(shard)
        }
    }
}
