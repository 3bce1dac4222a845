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
        #expect(groupLabel(UInt32(DeviceKind.weather.rawValue), by: .kind) == "weather")
        #expect(groupLabel(42, by: .device) == "42")
        #expect(groupLabel(3, by: .gateway) == "gw-0003")
        #expect(groupLabel(0, by: .shard) == "shardId-000000000000")
    }
}
