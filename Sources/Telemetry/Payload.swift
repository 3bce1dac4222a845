/// The JSON body of one record: device id, timestamp and the kind's fields.
///
/// Layouts (fields in this order, numbers with fixed decimals, no spaces):
/// - temperature: `{"deviceId":"temperature-000042","ts":1767225600123,"temperature":15.27,"unit":"C"}`
/// - cpu: `{"deviceId":"cpu-000042","ts":1767225600123,"utilization":35.20,"cores":4}`, or with
///   `layout: "proc-stat"` the example's `{"timestamp":"2026-01-01 00:00:05","value":35.20}` (UTC)
/// - gps: `{"deviceId":"gps-000042","ts":1767225600123,"lat":12.953421,"lon":77.541234,"speedKmh":42.5,"heading":181}`
/// - weather: `{"deviceId":"weather-000042","ts":1767225600123,"temperature":18.42,"humidity":63.1,"windKmh":12.4,"pressureHpa":1013.2}`
/// - weather sensor (`sensorsPerStation`), the seed example's topic levels as fields:
///   `{"deviceId":"weather-000042","ts":1767225600123,"state":"TX","city":"Austin","station":"st-000042","sensor":"humidity","value":63.1}`
/// - diagnostic-log: `{"deviceId":"diagnostic-log-000042","ts":1767225600123,"uptimeS":864000,"errors":0,"log":"…"}`,
///   the log text `LogText` of the drawn length (about 50 KB)
///
/// The anomaly ground truth is not part of the payload.
public struct Payload: Equatable, Sendable {
    /// The device's global index (its id is `DeviceIdentity.deviceID(index:kind:)`).
    public var device: UInt32
    /// `ts`: epoch milliseconds, the scenario's start time plus the emission time.
    public var epochMillis: Int64
    public var observation: Observation

    public init(device: UInt32, epochMillis: Int64, observation: Observation) {
        self.device = device
        self.epochMillis = epochMillis
        self.observation = observation
    }

    public var kind: DeviceKind { observation.kind }

    /// The exact UTF-8 length of `render()`, computed from the fields without building the JSON.
    public var byteCount: Int {
        var counter = UTF8Counter()
        write(to: &counter)
        return counter.count
    }

    /// The JSON text, for where bytes leave the simulation (sinks, samples) and for tests.
    public func render() -> String {
        var text = ""
        text.reserveCapacity(byteCount)
        write(to: &text)
        return text
    }
}
