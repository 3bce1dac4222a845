import Foundation
import SimKernel
import Telemetry

/// Seeds, parameter sets and helpers shared by the Telemetry tests.
enum TelemetryFixture {
    static func random(seed: UInt64) -> SimRandom { SimRandom(masterSeed: seed, label: "telemetry-test", index: 0) }

    /// Indices around every digit-count boundary of ids, plus the extremes.
    static let interestingIndices: [UInt32] = [0, 1, 9, 10, 99, 999, 1_000, 9_999, 10_000, 99_999, 999_999,
                                               1_000_000, 9_999_999, 10_000_000, 123_456_789, .max - 1, .max]

    /// 2026-01-01T00:00:00Z, the scenario default start time.
    static let defaultEpochMillis: Int64 = 1_767_225_600_000
}

/// A parameter set worth sweeping, named for failure messages.
struct ParamCase: CustomStringConvertible, Sendable {
    var name: String
    var kind: DeviceKind
    var params: DeviceParams
    var description: String { "\(kind)/\(name)" }

    static let all: [ParamCase] = [
        ParamCase(name: "defaults", kind: .temperature, params: .defaults(for: .temperature)),
        ParamCase(name: "freezer", kind: .temperature, params: .temperature(temperature(-40, -10, -90, -60))),
        ParamCase(name: "around zero", kind: .temperature, params: .temperature(temperature(-0.01, 0.01, 9.99, 10.01))),
        ParamCase(name: "constant", kind: .temperature, params: .temperature(temperature(0, 0, -0.005, 0.005))),
        ParamCase(name: "wide", kind: .temperature, params: .temperature(temperature(-999.99, 999.99, 9_999, 99_999))),
        ParamCase(name: "defaults", kind: .cpu, params: .defaults(for: .cpu)),
        ParamCase(name: "idle", kind: .cpu, params: .cpu(cpu(0))),
        ParamCase(name: "saturated", kind: .cpu, params: .cpu(cpu(100))),
        ParamCase(name: "proc-stat", kind: .cpu, params: .cpu(cpu(35, layout: .procStat))),
        ParamCase(name: "defaults", kind: .gps, params: .defaults(for: .gps)),
        ParamCase(name: "greenwich", kind: .gps, params: .gps(gps(51.45, -0.05, 51.55, 0.05, 300))),
        ParamCase(name: "sydney", kind: .gps, params: .gps(gps(-33.95, 151.1, -33.8, 151.3, 120))),
        ParamCase(name: "point", kind: .gps, params: .gps(gps(0, -180, 0, -180, 1))),
        ParamCase(name: "far north", kind: .gps, params: .gps(gps(69.6, 18.9, 69.7, 19.1, 60))),
        ParamCase(name: "defaults", kind: .weather, params: .defaults(for: .weather)),
        ParamCase(name: "arctic", kind: .weather, params: .weather(weather(-30, -5))),
        ParamCase(name: "constant", kind: .weather, params: .weather(weather(0, 0))),
        ParamCase(name: "defaults", kind: .diagnosticLog, params: .defaults(for: .diagnosticLog)),
        ParamCase(name: "tiny", kind: .diagnosticLog, params: .diagnosticLog(log(1, 1))),
        ParamCase(name: "largest", kind: .diagnosticLog, params: .diagnosticLog(log(900_000, DiagnosticLogParams.maxBytes))),
    ]

    private static func temperature(_ normalMin: Double, _ normalMax: Double,
                                     _ anomalyMin: Double, _ anomalyMax: Double) -> TemperatureParams {
        var params = TemperatureParams()
        (params.normalMin, params.normalMax, params.anomalyMin, params.anomalyMax) = (normalMin, normalMax, anomalyMin, anomalyMax)
        return params
    }

    private static func cpu(_ meanUtilization: Double, layout: CPULayout = .simctl) -> CPUParams {
        var params = CPUParams()
        params.meanUtilization = meanUtilization
        params.layout = layout
        return params
    }

    private static func gps(_ minLatitude: Double, _ minLongitude: Double, _ maxLatitude: Double,
                            _ maxLongitude: Double, _ maxSpeedKmh: Double) -> GPSParams {
        var params = GPSParams()
        (params.minLatitude, params.minLongitude, params.maxLatitude, params.maxLongitude) =
            (minLatitude, minLongitude, maxLatitude, maxLongitude)
        params.maxSpeedKmh = maxSpeedKmh
        return params
    }

    private static func log(_ medianBytes: Int, _ p99Bytes: Int) -> DiagnosticLogParams {
        var params = DiagnosticLogParams()
        (params.medianBytes, params.p99Bytes) = (medianBytes, p99Bytes)
        return params
    }

    private static func weather(_ normalMin: Double, _ normalMax: Double) -> WeatherParams {
        var params = WeatherParams()
        (params.normalMin, params.normalMax) = (normalMin, normalMax)
        return params
    }
}

/// One generated reading with the payload `nextPayload` made for the same draw.
struct Sample {
    var reading: Reading
    var payload: Payload
}

/// Runs `devices` of one group for `count` readings each at `interval` (with a little jitter),
/// calling `next` and `nextPayload` in lockstep on copies of the same state and generator.
func samples(_ source: ReadingSource, devices: [UInt32], count: Int, interval: SimDuration = .seconds(1),
             seed: UInt64 = 1) -> [Sample] {
    var result: [Sample] = []
    result.reserveCapacity(devices.count * count)
    for device in devices {
        var random = SimRandom(masterSeed: seed, label: "device", index: UInt64(device))
        var state = source.initialState(device: device, random: &random)
        var time = SimTime(nanoseconds: Int64(random.bounded(UInt64(interval.nanoseconds))))
        for sequence in 0..<UInt32(count) {
            var payloadState = state
            var payloadRandom = random
            let reading = source.next(device: device, gateway: device % 7, sequence: sequence, at: time,
                                      state: &state, random: &random)
            let (payload, _) = source.nextPayload(device: device, at: time, state: &payloadState, random: &payloadRandom)
            precondition(payloadState == state, "next and nextPayload diverged for device \(device)")
            result.append(Sample(reading: reading, payload: payload))
            time = time + interval + .milliseconds(Int64(random.bounded(50)))
        }
    }
    return result
}

/// The payload parsed back with Foundation, which the simulation itself never uses.
func parseJSON(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let dictionary = object as? [String: Any] else { throw ParseFailure(text: text) }
    return dictionary
}

struct ParseFailure: Error {
    var text: String
}

