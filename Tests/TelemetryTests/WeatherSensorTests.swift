import SimKernel
import Telemetry
import Testing

/// Weather stations whose sensors are separate devices (`sensorsPerStation`).
@Suite struct WeatherSensorTests {
    static func sensors(_ count: Int) -> DeviceParams {
        var params = WeatherParams()
        params.sensorsPerStation = count
        return .weather(params)
    }

    /// Ten CPU monitors, then seven sensors three to a station: stations 0–2, the last with one sensor.
    static let stations = WeatherStations(groups: [(10, .cpu(CPUParams())), (7, sensors(3))])

    @Test func stationsNumberRunsOfConsecutiveDevices() {
        #expect(Self.stations.count == 3)
        #expect((8..<17).map { Self.stations.station(ofDevice: $0) } == [3, 3, 0, 0, 0, 1, 1, 1, 2])
        #expect((8..<17).map { Self.stations.sensor(ofDevice: $0) } == [4, 4, 0, 1, 2, 0, 1, 2, 0])
        #expect(Self.stations.sensorLayouts[0] == nil)
        #expect(Self.stations.sensorLayouts[1].map { [$0.firstDevice, $0.firstStation, $0.sensorsPerStation] } == [10, 0, 3])
        #expect(Self.stations.station(ofDevice: 500) == 3, "a device beyond the fleet is in the none group")
    }

    /// Each sensor reports its own quantity, rounded as the payload prints it; its anomalies fall
    /// outside that quantity's physical range.
    @Test func eachSensorReportsItsQuantityAndItsOwnAnomalies() throws {
        let layout = try #require(Self.stations.sensorLayouts[1])
        let source = ReadingSource(kind: .weather, params: Self.sensors(3), anomalyRate: 0.2,
                                   epochMillisAtStart: TelemetryFixture.defaultEpochMillis, sensorLayout: layout)
        var anomalies = 0
        for device in UInt32(10)..<17 {
            var random = TelemetryFixture.random(seed: UInt64(device))
            var state = source.initialState(device: device, random: &random)
            for second in 0..<200 {
                let time = SimTime.zero + .seconds(Int64(second))
                let (payload, isAnomaly) = source.nextPayload(device: device, at: time, state: &state, random: &random)
                guard case .weatherSensor(let station, let sensor, _) = payload.observation else {
                    Issue.record("a sensor device reported \(payload.observation)")
                    return
                }
                #expect(station == (device - 10) / 3 && sensor.rawValue == UInt8((device - 10) % 3))
                let normal: ClosedRange<Double> = switch sensor {
                case .temperature: 5...25
                case .humidity: 5...100
                case .wind: 0...120
                case .pressure: 950...1_060
                }
                #expect(normal.contains(payload.observation.primaryValue) != isAnomaly, "\(payload.render())")
                anomalies += isAnomaly ? 1 : 0
            }
        }
        #expect(anomalies > 100)
    }
}
