import AnalyticsModel
import SimKernel
import Telemetry
import Testing

/// Seeded property: for random sizes, slides, lags, lateness, idleness and disorder, the
/// operator's results, late counts and drops equal a brute-force oracle that puts every record in
/// every window covering it and recomputes the watermark from scratch after each record.
@Suite("Sliding windows against brute force")
struct WindowPropertyTests {
    struct Record {
        var reading: Reading
        var shard: Int
        var arrivedAt: SimTime
    }

    struct Sample {
        var config: WindowConfig
        /// In operator order.
        var records: [Record]
    }

    struct Expected {
        var results: [WindowResult] = []
        var late: [WindowLateness] = []
        var dropped: UInt64 = 0
    }

    @Test("random readings in bounded disorder", arguments: UInt64(1)...UInt64(60))
    func matchesBruteForce(seed: UInt64) {
        let sample = Self.sample(seed: seed)
        var windows = SlidingWindows(config: sample.config)
        for record in sample.records {
            windows.add(record.reading, shard: record.shard, arrivedAt: record.arrivedAt)
            windows.checkInvariants()
        }
        windows.finish(at: SimTime(nanoseconds: 1_000_000_000_000))
        let expected = Self.bruteForce(sample)
        #expect(windows.recordsIn == UInt64(sample.records.count))
        #expect(windows.lateDropped == expected.dropped)
        #expect(windows.lateByWindow == expected.late)
        #expect(windows.results.count == expected.results.count)
        let firstDifference = zip(windows.results, expected.results).first { $0 != $1 }
        #expect(firstDifference == nil, "first differing row (operator, brute force)")
    }

    /// The samples reach every branch: sliding and tumbling windows, records late for some of
    /// their windows and dropped for all, idle shards, and groups of two keys.
    @Test func theSamplesCoverLatenessAndSliding() {
        let samples = (UInt64(1)...UInt64(60)).map { (Self.sample(seed: $0), Self.bruteForce(Self.sample(seed: $0))) }
        #expect(samples.count { $0.0.config.slide < $0.0.config.size } > 20)
        #expect(samples.count { $0.0.config.slide == $0.0.config.size } > 5)
        #expect(samples.count { $0.1.dropped > 0 } > 5)
        #expect(samples.count { $0.0.config.groupBy.count > 1 } > 10)
        #expect(samples.count { $0.1.late.reduce(0) { $0 + $1.records } > Int64($0.1.dropped) } > 10)
        #expect(samples.count { $0.0.config.idleTimeout > .zero } > 20)
    }

    /// Readings at random nanoseconds with integral values (so sums are exact in any order),
    /// emitted in time order, then jittered by up to `disorder` and read in jittered order.
    /// Half the samples have a lag at least the disorder (nothing late), half a much shorter one;
    /// half read one shard (many shards hold the watermark back, so fewer records are late).
    static func sample(seed: UInt64) -> Sample {
        var random = SimRandom(seed: seed)
        let groupings = WindowGrouping.allCases
        let disorderNs = Int64(random.bounded(5_000_000_000))
        let sizeMs = Int64(1 + random.bounded(20_000))
        let slideMs = random.chance(0.3) ? sizeMs : Int64(1 + random.bounded(UInt64(sizeMs)))
        let lagNs = random.chance(0.5) ? disorderNs + Int64(random.bounded(2_000_000_000)) : Int64(random.bounded(UInt64(disorderNs) / 4 + 1))
        let config = WindowConfig(
            size: .milliseconds(sizeMs), slide: .milliseconds(slideMs),
            groupBy: random.chance(0.3) ? [groupings[0], groupings[1 + Int(random.bounded(UInt64(groupings.count - 1)))]]
                : [groupings[Int(random.bounded(UInt64(groupings.count)))]],
            watermarkLag: .nanoseconds(lagNs),
            allowedLateness: .milliseconds(Int64(random.bounded(1_000))),
            idleTimeout: random.chance(0.5) ? .zero : .milliseconds(Int64(1 + random.bounded(3_000))),
            epochMillisAtStart: 1_600_000_000_000 + Int64(random.bounded(1_000_000_000)), stations: stations)
        let shardCount = random.chance(0.5) ? 1 : 1 + random.bounded(8)
        var jittered: [(key: Int64, record: Record)] = []
        for sequence in 0..<UInt32(500 + random.bounded(1_500)) {
            let emittedNs = Int64(random.bounded(120_000_000_000))
            let reading = Reading(
                id: ReadingID(device: UInt32(random.bounded(300)), sequence: sequence),
                gateway: UInt32(random.bounded(12)), kind: DeviceKind.allCases[Int(random.bounded(4))],
                isAnomaly: false, payloadBytes: 64, emittedAt: SimTime(nanoseconds: emittedNs),
                value: Double(Int64(random.bounded(2_001)) - 1_000))
            let key = emittedNs + Int64(random.bounded(UInt64(disorderNs) + 1))
            jittered.append((key, Record(reading: reading, shard: Int(random.bounded(shardCount)), arrivedAt: SimTime(nanoseconds: key))))
        }
        jittered.sort { ($0.key, $0.record.reading.id) < ($1.key, $1.record.reading.id) }
        return Sample(config: config, records: jittered.map(\.record))
    }

    /// Every window covering each record, decided against a watermark recomputed from every
    /// shard after each record; then the on-time records folded per window and group.
    static func bruteForce(_ sample: Sample) -> Expected {
        let config = sample.config
        let (sizeNs, slideNs) = (config.size.nanoseconds, config.slide.nanoseconds)
        let closeDelay = config.allowedLateness.nanoseconds
        var clock = Int64.min
        var maxEvent: [Int: Int64] = [:]
        var lastArrival: [Int: SimTime] = [:]
        var onTime: [(start: Int64, group: UInt32, value: Double)] = []
        var composite: [[UInt32]: UInt32] = [:]
        let delay = closeDelay
        var late: [Int64: Int64] = [:]
        var expected = Expected()
        for record in sample.records {
            let timeNs = config.epochMillisAtStart * 1_000_000 + record.reading.emittedAt.nanoseconds
            let starts: StrideTo<Int64> = stride(from: floorDiv(timeNs, slideNs) * slideNs, to: timeNs - sizeNs, by: -Int(slideNs))
            let open = starts.filter { $0 + sizeNs + delay > clock }
            for start in starts where !open.contains(start) { late[start, default: 0] += 1 }
            if !open.isEmpty {
                // Composite groups are numbered in order of first appearance among records kept.
                let keys = config.groupBy.map { groupID(record.reading, record.shard, $0) }
                let group = keys.count == 1 ? keys[0] : composite[keys] ?? UInt32(composite.count)
                composite[keys] = group
                for start in open { onTime.append((start, group, record.reading.value)) }
            }
            let taken = !open.isEmpty
            if !taken { expected.dropped += 1 }
            maxEvent[record.shard] = max(maxEvent[record.shard] ?? .min, timeNs)
            lastArrival[record.shard] = record.arrivedAt
            let active = maxEvent.keys.filter { shard in
                config.idleTimeout == .zero || record.arrivedAt - lastArrival[shard]! < config.idleTimeout
            }
            clock = max(clock, active.map { maxEvent[$0]! }.min()! - config.watermarkLag.nanoseconds)
        }
        for entry in onTime.sorted(by: { ($0.start, $0.group) < ($1.start, $1.group) }) {
            let startMs = entry.start / 1_000_000
            if let last = expected.results.last, last.start == startMs, last.group == entry.group {
                expected.results[expected.results.count - 1].count += 1
                expected.results[expected.results.count - 1].sum += entry.value
                expected.results[expected.results.count - 1].min = min(last.min, entry.value)
                expected.results[expected.results.count - 1].max = max(last.max, entry.value)
            } else {
                expected.results.append(WindowResult(start: startMs, end: startMs + sizeNs / 1_000_000, group: entry.group,
                                                     count: 1, sum: entry.value, min: entry.value, max: entry.value))
            }
        }
        expected.late = late.keys.sorted().map { WindowLateness(start: $0 / 1_000_000, end: ($0 + sizeNs) / 1_000_000, records: late[$0]!) }
        return expected
    }

    static func floorDiv(_ value: Int64, _ step: Int64) -> Int64 {
        value >= 0 ? value / step : -((-value + step - 1) / step)
    }

    /// The samples' fleet: devices 0–59 are CPU monitors, 60–299 weather sensors, three to a
    /// station (80 stations).
    static let stations = WeatherStations(groups: [(60, .cpu(CPUParams())), (240, .weather(sensorsPerStation(3)))])

    static func sensorsPerStation(_ count: Int) -> WeatherParams {
        var params = WeatherParams()
        params.sensorsPerStation = count
        return params
    }

    /// Each key's id, worked out from the fleet's layout rather than by `WeatherStations`; the
    /// weather keys' `none` group is one past their last id.
    static func groupID(_ record: Reading, _ shard: Int, _ grouping: WindowGrouping) -> UInt32 {
        let sensor: UInt32? = record.device >= 60 ? record.device - 60 : nil
        switch grouping {
        case .kind: return UInt32(record.kind.rawValue)
        case .device: return record.device
        case .gateway: return record.gateway
        case .shard: return UInt32(shard)
        case .station: return sensor.map { $0 / 3 } ?? 80
        case .sensor: return sensor.map { $0 % 3 } ?? 4
        case .city, .state: return sensor.map { $0 / 3 % 50 } ?? 50
        }
    }
}
