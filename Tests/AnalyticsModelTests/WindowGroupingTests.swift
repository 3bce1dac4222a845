import AnalyticsModel
import SimKernel
import Telemetry
import Testing

@Suite("Window grouping")
struct WindowGroupingTests {
    /// Three readings whose device, gateway, kind and shard each split them differently.
    static func groupIDs(by grouping: WindowGrouping) -> [UInt32] {
        var windows = tumblingWindows(groupBy: grouping)
        let sample = [
            (reading(ms: 4_000, device: 7, gateway: 1, kind: .gps), 3),
            (reading(ms: 4_000, device: 4, gateway: 1, kind: .cpu), 0),
            (reading(ms: 4_000, device: 7, gateway: 2, kind: .cpu), 0),
        ]
        for (record, shard) in sample {
            windows.add(record, shard: shard, arrivedAt: record.emittedAt)
        }
        windows.finish(at: simTime(ms: 4_000))
        return windows.results.map(\.group)
    }

    @Test("group ids for each key", arguments: [
        (WindowGrouping.kind, [UInt32(DeviceKind.cpu.rawValue), UInt32(DeviceKind.gps.rawValue)]),
        (.device, [4, 7]),
        (.gateway, [1, 2]),
        (.shard, [0, 3]),
    ])
    func groupsByKey(grouping: WindowGrouping, expected: [UInt32]) {
        #expect(Self.groupIDs(by: grouping) == expected)
    }

    @Test("labels name the kind, or give the entity index")
    func labels() {
        #expect(WindowGrouping.kind.label(of: UInt32(DeviceKind.weather.rawValue), stations: .empty) == "weather")
        #expect(WindowGrouping.device.label(of: 42, stations: .empty) == "42")
        #expect(WindowGrouping.gateway.label(of: 3, stations: .empty) == "gw-0003")
        #expect(WindowGrouping.shard.label(of: 0, stations: .empty) == "shardId-000000000000")
    }
}

/// The weather keys: stations of separate sensors, whole-station devices, and other devices.
@Suite struct WeatherGroupingTests {
    /// Two CPU monitors, then five sensors two to a station (stations 0–2), then two whole
    /// stations (3 and 4).
    static let stations: WeatherStations = {
        var sensors = WeatherParams()
        sensors.sensorsPerStation = 2
        return WeatherStations(groups: [(2, .cpu(CPUParams())), (5, .weather(sensors)), (2, .weather(WeatherParams()))])
    }()

    func ids(_ key: WindowGrouping) -> [UInt32] {
        var index = GroupIndex(keys: [key], stations: Self.stations)
        return (0..<9).map { index.id(of: reading(ms: 5_000, device: $0, kind: $0 < 2 ? .cpu : .weather), shard: 0) }
    }

    @Test func sensorsOfAStationAreConsecutiveDevices() {
        #expect(ids(.station) == [5, 5, 0, 0, 1, 1, 2, 3, 4])
        #expect(ids(.sensor) == [4, 4, 0, 1, 0, 1, 0, 0, 0])
        #expect(ids(.city) == [50, 50, 0, 0, 1, 1, 2, 3, 4])
    }

    @Test func labelsNameStationSensorCityAndState() {
        #expect(WindowGrouping.station.label(of: 12, stations: Self.stations) == "none")
        #expect(WindowGrouping.station.label(of: 3, stations: Self.stations) == "st-000003")
        #expect(WindowGrouping.sensor.label(of: 1, stations: Self.stations) == "humidity")
        #expect(WindowGrouping.sensor.label(of: 4, stations: Self.stations) == "none")
        #expect(WindowGrouping.city.label(of: 42, stations: Self.stations) == "Austin")
        #expect(WindowGrouping.state.label(of: 42, stations: Self.stations) == "TX")
        #expect(WindowGrouping.state.label(of: 50, stations: Self.stations) == "none")
        var index = GroupIndex(keys: [.station, .sensor], stations: Self.stations)
        #expect(index.id(of: reading(ms: 5_000, device: 3, kind: .weather), shard: 0) == 0)
        #expect(index.label(of: 0) == "station=st-000000,sensor=humidity")
    }
}

/// Several keys at once: dense ids in order of first appearance, labelled key by key.
@Suite struct CompositeGroupingTests {
    @Test func combinationsGetDenseIdsAndReadableLabels() {
        var index = GroupIndex(keys: [.kind, .gateway])
        let readings = [reading(ms: 5_000, gateway: 3, kind: .cpu), reading(ms: 5_001, gateway: 3, kind: .gps),
                        reading(ms: 5_002, gateway: 3, kind: .cpu), reading(ms: 5_003, gateway: 7, kind: .cpu)]
        #expect(readings.map { index.id(of: $0, shard: 0) } == [0, 1, 0, 2])
        #expect((0...2).map { index.label(of: $0) } == ["kind=cpu,gateway=gw-0003", "kind=gps,gateway=gw-0003", "kind=cpu,gateway=gw-0007"])
        // One key keeps its own ids and labels.
        var single = GroupIndex(keys: [.gateway])
        #expect(single.id(of: readings[3], shard: 0) == 7 && single.label(of: 7) == "gw-0007")
    }

    @Test func windowsAggregatePerCombination() {
        var windows = SlidingWindows(config: WindowConfig(size: .milliseconds(windowSizeMs), groupBy: [.kind, .shard],
                                                          watermarkLag: .zero, epochMillisAtStart: startEpochMs))
        windows.add(reading(ms: 4_000, value: 2, kind: .cpu), shard: 1, arrivedAt: .zero)
        windows.add(reading(ms: 5_000, value: 4, kind: .cpu), shard: 0, arrivedAt: .zero)
        windows.add(reading(ms: 6_000, value: 8, kind: .cpu), shard: 1, arrivedAt: .zero)
        windows.finish(at: .zero)
        #expect(windows.results == [result(windowMs: 0, group: 0, count: 2, sum: 10, min: 2, max: 8),
                                    result(windowMs: 0, group: 1, count: 1, sum: 4, min: 4, max: 4)])
        #expect(windows.groups.label(of: 1) == "kind=cpu,shard=shardId-000000000000")
    }
}
