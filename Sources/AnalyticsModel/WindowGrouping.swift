import StreamModel
import Telemetry
import SimKernel

/// A key a window's records are grouped by, each mapped to a dense id.
///
/// Dense ids let each window keep its accumulators in an array instead of a dictionary, which
/// keeps the hot path allocation-free and the output order independent of hashing. The weather
/// keys come from `WeatherStations`; a record of any other device falls in their `none` group,
/// whose id is one past the last real one.
public enum WindowGrouping: String, CaseIterable, Sendable {
    /// `DeviceKind.rawValue`.
    case kind
    /// The emitting device's index.
    case device
    /// The gateway's index.
    case gateway
    /// The index of the shard the record was read from.
    case shard
    /// The weather station's number.
    case station
    /// The weather sensor's `WeatherSensor.rawValue`.
    case sensor
    /// The station's city, an index into `StationPlace.all`.
    case city
    /// The station's state: its city's index too (one city per state).
    case state

    /// The dense id of a record read from `shard`.
    @inline(__always)
    func groupID(of reading: Reading, shard: Int, stations: WeatherStations) -> UInt32 {
        switch self {
        case .kind: return UInt32(reading.kind.rawValue)
        case .device: return reading.device
        case .gateway: return reading.gateway
        case .shard: return UInt32(shard)
        case .station: return stations.station(ofDevice: reading.device)
        case .sensor: return stations.sensor(ofDevice: reading.device)
        case .city, .state: return stations.place(ofDevice: reading.device)
        }
    }

    /// The label the result store writes for `id`: the kind's scenario name, the device index,
    /// the gateway id (`gw-0007`), the shard id (`shardId-000000000000`), the station id
    /// (`st-000012`), the sensor (`humidity`), the city (`Austin`) or the state (`TX`); `none`
    /// for the weather keys' group of other devices.
    ///
    /// - Precondition: for `.kind`, `id` is a `DeviceKind.rawValue`.
    public func label(of id: UInt32, stations: WeatherStations) -> String {
        switch self {
        case .kind:
            guard let kind = UInt8(exactly: id).flatMap(DeviceKind.init(rawValue:)) else {
                modelPreconditionFailure("group \(id) is not a device kind")
            }
            return kind.description
        case .device: return String(id)
        case .gateway: return DeviceIdentity.gatewayID(index: id)
        case .shard: return Shard<Never>.id(index: Int(id))
        case .station: return id < stations.count ? DeviceIdentity.stationID(index: id) : Self.none
        case .sensor: return UInt8(exactly: id).flatMap(WeatherSensor.init(rawValue:))?.description ?? Self.none
        case .city: return id < StationPlace.all.count ? StationPlace.all[Int(id)].city.description : Self.none
        case .state: return id < StationPlace.all.count ? StationPlace.all[Int(id)].state.description : Self.none
        }
    }

    /// The weather keys' label for records of devices that are not weather stations.
    static let none = "none"
}
