import Testing
import Telemetry

@Suite struct DeviceIdentityTests {
    @Test func formatsDeviceAndGatewayIDs() {
        #expect(DeviceIdentity.deviceID(index: 42, kind: .temperature) == "temperature-000042")
        #expect(DeviceIdentity.deviceID(index: 0, kind: .cpu) == "cpu-000000")
        #expect(DeviceIdentity.deviceID(index: 1_000_000, kind: .gps) == "gps-1000000")
        #expect(DeviceIdentity.deviceID(index: .max, kind: .weather) == "weather-4294967295")
        #expect(DeviceIdentity.gatewayID(index: 7) == "gw-0007")
        #expect(DeviceIdentity.gatewayID(index: 12_345) == "gw-12345")
    }

    @Test(arguments: DeviceKind.allCases)
    func lengthsEqualBuiltStrings(kind: DeviceKind) {
        for index in TelemetryFixture.interestingIndices {
            #expect(DeviceIdentity.deviceIDLength(index: index, kind: kind)
                    == DeviceIdentity.deviceID(index: index, kind: kind).utf8.count, "\(kind) \(index)")
            #expect(DeviceIdentity.gatewayIDLength(index: index) == DeviceIdentity.gatewayID(index: index).utf8.count,
                    "gateway \(index)")
        }
    }
}
