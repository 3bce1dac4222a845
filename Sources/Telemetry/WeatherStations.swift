import SimKernel

/// Which station, and which sensor of it, each weather device is: the stable identities that
/// `station`, `sensor`, `city` and `state` groupings and sensor payloads use.
///
/// Stations are numbered from 0 across the fleet's weather groups in order. A group without
/// `sensorsPerStation` keeps today's devices: each is a whole station reporting every quantity in
/// one payload, its `sensor` the air temperature (the value analytics aggregate). A group with
/// `sensorsPerStation = n` makes each run of n consecutive devices one station's sensors
/// (temperature, humidity, wind, pressure, in that order). Looked up per record, so kept as flat
/// arrays indexed by device.
public struct WeatherStations: Sendable {
    /// Per device: its station, or `count` for a device that is not a weather device.
    let stationOfDevice: [UInt32]
    /// Per device: its `WeatherSensor`, or `WeatherSensor.allCases.count` for other devices.
    let sensorOfDevice: [UInt8]
    /// Per fleet group: where its sensors' stations start, for a group of separate sensors.
    public let sensorLayouts: [WeatherSensorLayout?]
    /// The number of stations.
    public let count: UInt32

    /// No weather devices: every id is the `none` group.
    public static let empty = WeatherStations(groups: [])

    /// The fleet's groups in order, as their device counts and parameters; devices are numbered
    /// across groups in this order.
    public init(groups: [(count: Int, params: DeviceParams)]) {
        var stations: [UInt32] = []
        var sensors: [UInt8] = []
        var layouts: [WeatherSensorLayout?] = []
        var next: UInt32 = 0
        for group in groups {
            guard case .weather(let params) = group.params else {
                stations.append(contentsOf: repeatElement(UInt32.max, count: group.count))
                sensors.append(contentsOf: repeatElement(UInt8(WeatherSensor.allCases.count), count: group.count))
                layouts.append(nil)
                continue
            }
            let perStation = params.sensorsPerStation ?? 1
            layouts.append(params.sensorsPerStation.map {
                WeatherSensorLayout(firstDevice: UInt32(stations.count), firstStation: next, sensorsPerStation: UInt32($0))
            })
            for local in 0..<group.count {
                stations.append(next + UInt32(local / perStation))
                sensors.append(params.sensorsPerStation == nil ? WeatherSensor.temperature.rawValue : UInt8(local % perStation))
            }
            next += UInt32((group.count + perStation - 1) / perStation)
        }
        count = next
        stationOfDevice = stations.map { $0 == .max ? next : $0 }
        sensorOfDevice = sensors
        sensorLayouts = layouts
    }

    /// Device `device`'s station, or `count` (the `none` group) for any other device.
    @inline(__always)
    public func station(ofDevice device: UInt32) -> UInt32 {
        Int(device) < stationOfDevice.count ? stationOfDevice[Int(device)] : count
    }

    /// Device `device`'s sensor as a `WeatherSensor` raw value, or `WeatherSensor.allCases.count`
    /// (the `none` group) for any other device.
    @inline(__always)
    public func sensor(ofDevice device: UInt32) -> UInt32 {
        Int(device) < sensorOfDevice.count ? UInt32(sensorOfDevice[Int(device)]) : UInt32(WeatherSensor.allCases.count)
    }

    /// Device `device`'s city (and state) as an index into `StationPlace.all`, or its count (the
    /// `none` group) for any other device.
    @inline(__always)
    public func place(ofDevice device: UInt32) -> UInt32 {
        let station = station(ofDevice: device)
        return station < count ? StationPlace.index(ofStation: station) : UInt32(StationPlace.all.count)
    }
}

/// Where one fleet group of separate weather sensors puts its devices: device `firstDevice + i`
/// is sensor `i % sensorsPerStation` of station `firstStation + i / sensorsPerStation`. Plain
/// numbers, so a reading source stays plain data and works a sensor's identity out per reading.
public struct WeatherSensorLayout: Equatable, Sendable {
    public let firstDevice: UInt32
    public let firstStation: UInt32
    public let sensorsPerStation: UInt32

    /// What sensor `device` of this group reports, given its whole station's observation.
    /// Kept out of line: only groups of sensors call it, and inlined it would bloat every reading.
    @inline(never)
    func observation(ofDevice device: UInt32, station observation: Observation, isAnomaly: Bool,
                     random: inout SimRandom) -> Observation {
        let local = device - firstDevice
        guard let sensor = WeatherSensor(rawValue: UInt8(local % sensorsPerStation)) else {
            modelPreconditionFailure("\(sensorsPerStation) sensors per station is more than there are kinds of sensor")
        }
        let value = isAnomaly ? sensor.anomalyValue(of: observation, random: &random) : sensor.value(of: observation)
        return .weatherSensor(station: firstStation + local / sensorsPerStation, sensor: sensor, value: value)
    }
}
