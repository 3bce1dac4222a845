/// Device and gateway id strings, which are also the records' partition keys.
///
/// A device id is `<kind>-<global index>` with the index zero-padded to 6 digits
/// (`temperature-000042`), a gateway id `gw-<index>` padded to 4 (`gw-0007`); larger indices
/// simply print more digits. A record's size includes its partition key, so the lengths are
/// available without building the strings.
public enum DeviceIdentity {
    /// The id of the device with global index `index`, e.g. `temperature-000042`.
    public static func deviceID(index: UInt32, kind: DeviceKind) -> String {
        var text = ""
        writeDeviceID(index: index, kind: kind, to: &text)
        return text
    }

    /// The UTF-8 length of `deviceID(index:kind:)`, without building it.
    public static func deviceIDLength(index: UInt32, kind: DeviceKind) -> Int {
        var counter = UTF8Counter()
        writeDeviceID(index: index, kind: kind, to: &counter)
        return counter.count
    }

    /// The id of the gateway with index `index`, e.g. `gw-0007`.
    public static func gatewayID(index: UInt32) -> String {
        var text = ""
        writeGatewayID(index: index, to: &text)
        return text
    }

    /// The UTF-8 length of `gatewayID(index:)`, without building it.
    public static func gatewayIDLength(index: UInt32) -> Int {
        var counter = UTF8Counter()
        writeGatewayID(index: index, to: &counter)
        return counter.count
    }

    /// The id of weather station `index`, e.g. `st-000012` (see `WeatherStations`).
    public static func stationID(index: UInt32) -> String {
        var text = ""
        writeStationID(index: index, to: &text)
        return text
    }

    static func writeStationID<Sink: TextSink>(index: UInt32, to sink: inout Sink) {
        sink.append("st-")
        sink.append(FixedDecimal(integer: Int64(index), minimumDigits: 6))
    }

    static func writeDeviceID<Sink: TextSink>(index: UInt32, kind: DeviceKind, to sink: inout Sink) {
        sink.append(kind.literal)
        sink.append("-")
        sink.append(FixedDecimal(integer: Int64(index), minimumDigits: 6))
    }

    static func writeGatewayID<Sink: TextSink>(index: UInt32, to sink: inout Sink) {
        sink.append("gw-")
        sink.append(FixedDecimal(integer: Int64(index), minimumDigits: 4))
    }
}
