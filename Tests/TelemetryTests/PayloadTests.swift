import Foundation
import Testing
import SimKernel
import Telemetry

@Suite struct PayloadTests {
    static let ts: Int64 = 1_767_225_600_123

    @Test(arguments: [
        (Observation.temperature(celsius: 15.27),
         #"{"deviceId":"temperature-000042","ts":1767225600123,"temperature":15.27,"unit":"C"}"#),
        (.cpu(utilizationPercent: 35.2, cores: 4),
         #"{"deviceId":"cpu-000042","ts":1767225600123,"utilization":35.20,"cores":4}"#),
        (.gps(latitude: 12.953421, longitude: 77.541234, speedKmh: 42.5, headingDegrees: 181),
         #"{"deviceId":"gps-000042","ts":1767225600123,"lat":12.953421,"lon":77.541234,"speedKmh":42.5,"heading":181}"#),
        (.weather(airCelsius: 18.42, humidityPercent: 63.1, windKmh: 12.4, pressureHpa: 1013.2),
         #"{"deviceId":"weather-000042","ts":1767225600123,"temperature":18.42,"humidity":63.1,"windKmh":12.4,"pressureHpa":1013.2}"#),
        (.weatherSensor(station: 42, sensor: .humidity, value: 63.14),
         #"{"deviceId":"weather-000042","ts":1767225600123,"state":"TX","city":"Austin","station":"st-000042","sensor":"humidity","value":63.1}"#),
        (.weatherSensor(station: 92, sensor: .temperature, value: -3.5),
         #"{"deviceId":"weather-000042","ts":1767225600123,"state":"TX","city":"Austin","station":"st-000092","sensor":"temperature","value":-3.50}"#),
    ])
    func rendersTheDocumentedLayout(observation: Observation, expected: String) {
        let payload = Payload(device: 42, epochMillis: Self.ts, observation: observation)
        #expect(payload.render() == expected)
        #expect(payload.byteCount == expected.utf8.count)
    }

    @Test func roundingCarriesAndNegativeZeroKeepSizesExact() throws {
        let observations: [Observation] = [
            .temperature(celsius: 9.995), .temperature(celsius: 9.999), .temperature(celsius: -9.999),
            .temperature(celsius: 99.996), .temperature(celsius: -0.004), .temperature(celsius: -0.0),
            .cpu(utilizationPercent: 99.999, cores: 16), .cpu(utilizationPercent: -0.001, cores: 2),
            .cpuSample(percent: 0), .cpuSample(percent: 99.999),
            .gps(latitude: -0.0000004, longitude: 179.9999996, speedKmh: 9.96, headingDegrees: 0),
            .gps(latitude: -89.9999999, longitude: -0.0000001, speedKmh: 999.95, headingDegrees: 359),
            .weather(airCelsius: -0.001, humidityPercent: 99.96, windKmh: 0.04, pressureHpa: 999.95),
            .diagnosticLog(uptimeSeconds: 0, errors: 0, logBytes: 1), .diagnosticLog(uptimeSeconds: .max, errors: 50, logBytes: 1_000_000),
        ]
        for observation in observations {
            for epochMillis: Int64 in [0, -1, 9_999_999_999_999, -9_999_999_999_999, .max, .min] {
                for device in TelemetryFixture.interestingIndices {
                    let payload = Payload(device: device, epochMillis: epochMillis, observation: observation)
                    let text = payload.render()
                    #expect(payload.byteCount == text.utf8.count, "\(text)")
                }
            }
            let json = try parseJSON(Payload(device: 1, epochMillis: 0, observation: observation).render())
            #expect(json.count >= 2)
        }
    }

    @Test func negativeZeroIsNeverPrinted() {
        let payload = Payload(device: 3, epochMillis: 0,
                              observation: .gps(latitude: -0.0000004, longitude: -0.0, speedKmh: -0.04, headingDegrees: 0))
        #expect(payload.render() == #"{"deviceId":"gps-000003","ts":0,"lat":0.000000,"lon":0.000000,"speedKmh":0.0,"heading":0}"#)
    }

    @Test(arguments: ParamCase.all)
    func computedSizesEqualRenderedLengthsAndParse(paramCase: ParamCase) throws {
        for epochMillisAtStart in [TelemetryFixture.defaultEpochMillis, 9_999_999_999_000, -1_500] {
            let source = ReadingSource(kind: paramCase.kind, params: paramCase.params, anomalyRate: 0.05,
                                       epochMillisAtStart: epochMillisAtStart)
            let devices: [UInt32] = [0, 42, 999_999, 1_000_000, .max]
            for sample in samples(source, devices: devices, count: 250) {
                let text = sample.payload.render()
                #expect(Int(sample.reading.payloadBytes) == text.utf8.count, "\(paramCase): \(text)")
                #expect(sample.reading.value == sample.payload.observation.primaryValue)
                try expectDocumentedFields(text, kind: paramCase.kind, payload: sample.payload)
            }
        }
    }

    /// The parsed payload has exactly the kind's fields, with the id, timestamp and values written.
    private func expectDocumentedFields(_ text: String, kind: DeviceKind, payload: Payload) throws {
        let json = try parseJSON(text)
        if case .cpuSample(let percent) = payload.observation {
            #expect(Set(json.keys) == ["timestamp", "value"], "\(text)")
            #expect(json["timestamp"] as? String == CivilTimeTests.formatted(epochMillis: payload.epochMillis), "\(text)")
            let value = try #require((json["value"] as? NSNumber)?.doubleValue, "\(text)")
            #expect(abs(value - payload.observation.primaryValue) < 1e-9 && abs(value - percent) <= 0.005 + 1e-9, "\(text)")
            return
        }
        let expectedKeys: Set<String> = switch kind {
        case .temperature: ["deviceId", "ts", "temperature", "unit"]
        case .cpu: ["deviceId", "ts", "utilization", "cores"]
        case .gps: ["deviceId", "ts", "lat", "lon", "speedKmh", "heading"]
        case .weather: ["deviceId", "ts", "temperature", "humidity", "windKmh", "pressureHpa"]
        case .diagnosticLog: ["deviceId", "ts", "uptimeS", "errors", "log"]
        }
        #expect(Set(json.keys) == expectedKeys, "\(text)")
        #expect(json["deviceId"] as? String == DeviceIdentity.deviceID(index: payload.device, kind: kind))
        #expect((json["ts"] as? NSNumber)?.int64Value == payload.epochMillis, "\(text)")
        let primaryKey = switch kind {
        case .temperature, .weather: "temperature"
        case .cpu: "utilization"
        case .gps: "speedKmh"
        case .diagnosticLog: "errors"
        }
        let parsed = try #require((json[primaryKey] as? NSNumber)?.doubleValue, "\(text)")
        #expect(abs(parsed - payload.observation.primaryValue) < 1e-9, "\(text)")
    }
}
