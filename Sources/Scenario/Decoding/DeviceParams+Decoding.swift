import SimKernel
import Telemetry

extension DeviceParams {
    /// Decodes `fleet.devices[].params` for a group of `kind`; each field defaults to the kind's.
    static func decode(_ field: Field, kind: DeviceKind) -> DeviceParams? {
        switch kind {
        case .temperature: return decodeTemperature(field).map(DeviceParams.temperature)
        case .cpu: return decodeCPU(field).map(DeviceParams.cpu)
        case .gps: return decodeGPS(field).map(DeviceParams.gps)
        case .weather: return decodeWeather(field).map(DeviceParams.weather)
        case .diagnosticLog: return decodeDiagnosticLog(field).map(DeviceParams.diagnosticLog)
        }
    }

    private static func decodeDiagnosticLog(_ field: Field) -> DiagnosticLogParams? {
        guard let reader = ObjectReader(field, allowed: ["medianBytes", "p99Bytes"], context: " for diagnostic-log devices")
        else { return nil }
        var params = DiagnosticLogParams()
        let sizes = Int64(1)...Int64(DiagnosticLogParams.maxBytes)
        let medianValid = reader.read("medianBytes", into: &params.medianBytes) { $0.size(sizes).map(Int.init) }
        let p99Valid = reader.read("p99Bytes", into: &params.p99Bytes) { $0.size(sizes).map(Int.init) }
        guard medianValid, p99Valid else { return nil }
        guard params.medianBytes <= params.p99Bytes else {
            let key = reader.has("p99Bytes") ? "p99Bytes" : "medianBytes"
            reader.reject(key, "leaves p99Bytes \(params.p99Bytes) below medianBytes \(params.medianBytes) (allowed: medianBytes ≤ p99Bytes)")
            return nil
        }
        return params
    }

    private static func decodeTemperature(_ field: Field) -> TemperatureParams? {
        guard let reader = ObjectReader(field, allowed: ["normalMin", "normalMax", "anomalyMin", "anomalyMax"],
                                        context: " for temperature devices") else { return nil }
        var params = TemperatureParams()
        let normalValid = readRange(reader, "normalMin", "normalMax", into: &params.normalMin, &params.normalMax)
        let anomalyValid = readRange(reader, "anomalyMin", "anomalyMax", into: &params.anomalyMin, &params.anomalyMax)
        return normalValid && anomalyValid ? params : nil
    }

    private static func decodeCPU(_ field: Field) -> CPUParams? {
        guard let reader = ObjectReader(field, allowed: ["meanUtilization", "layout"], context: " for cpu devices") else { return nil }
        var params = CPUParams()
        let meanValid = reader.read("meanUtilization", into: &params.meanUtilization) { $0.number(Bounds(lower: 0, upper: 100)) }
        let layoutValid = reader.read("layout", into: &params.layout) { $0.choice(CPULayout.self, what: "a cpu payload layout") }
        return meanValid && layoutValid ? params : nil
    }

    private static func decodeWeather(_ field: Field) -> WeatherParams? {
        guard let reader = ObjectReader(field, allowed: ["normalMin", "normalMax", "sensorsPerStation"],
                                        context: " for weather devices") else { return nil }
        var params = WeatherParams()
        let rangeValid = readRange(reader, "normalMin", "normalMax", into: &params.normalMin, &params.normalMax)
        let sensorsValid = reader.read("sensorsPerStation", into: &params.sensorsPerStation) {
            $0.int(1...WeatherSensor.allCases.count).map(Optional.some)
        }
        return rangeValid && sensorsValid ? params : nil
    }

    /// Reads a `[min, max]` pair of temperatures and checks `min < max`; false if anything was wrong.
    private static func readRange(_ reader: ObjectReader, _ minKey: String, _ maxKey: String,
                                  into low: inout Double, _ high: inout Double) -> Bool {
        let bounds = Bounds(lower: -273.15, upper: 1_000_000)
        let lowValid = reader.read(minKey, into: &low) { $0.number(bounds) }
        let highValid = reader.read(maxKey, into: &high) { $0.number(bounds) }
        guard lowValid, highValid else { return false }
        guard low < high else {
            let key = reader.has(maxKey) ? maxKey : minKey
            let rule = "(allowed: \(minKey) < \(maxKey); here \(low.plainText) and \(high.plainText))"
            reader.reject(key, "makes an empty range \(rule)")
            return false
        }
        return true
    }
}
