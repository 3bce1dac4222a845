import SimKernel

/// The one description of the payload layouts, written to a byte counter or to a string.
extension Payload {
    func write<Sink: TextSink>(to sink: inout Sink) {
        if case .cpuSample(let percent) = observation { return writeCPUSample(percent, to: &sink) }
        sink.append("{\"deviceId\":\"")
        DeviceIdentity.writeDeviceID(index: device, kind: kind, to: &sink)
        sink.append("\",\"ts\":")
        sink.append(PayloadNumber.integer(epochMillis))
        observation.writeFields(to: &sink)
        sink.append("}")
    }

    /// The `cpu-gateway` example's own layout: no device id, a UTC date and time, the value.
    func writeCPUSample<Sink: TextSink>(_ percent: Double, to sink: inout Sink) {
        sink.append("{\"timestamp\":\"")
        CivilTime(epochMillis: epochMillis).write(to: &sink)
        sink.append("\",\"value\":")
        sink.append(PayloadNumber.utilization(percent))
        sink.append("}")
    }
}

extension Observation {
    /// The kind's fields, each preceded by its comma.
    func writeFields<Sink: TextSink>(to sink: inout Sink) {
        switch self {
        case .temperature(let celsius):
            sink.append(",\"temperature\":")
            sink.append(PayloadNumber.celsius(celsius))
            sink.append(",\"unit\":\"C\"")
        case .cpu(let utilization, let cores):
            sink.append(",\"utilization\":")
            sink.append(PayloadNumber.utilization(utilization))
            sink.append(",\"cores\":")
            sink.append(PayloadNumber.integer(Int64(cores)))
        case .cpuSample:
            modelPreconditionFailure("a CPU sample is written whole by Payload.writeCPUSample")
        case .gps(let latitude, let longitude, let speedKmh, let headingDegrees):
            sink.append(",\"lat\":")
            sink.append(PayloadNumber.coordinate(latitude))
            sink.append(",\"lon\":")
            sink.append(PayloadNumber.coordinate(longitude))
            sink.append(",\"speedKmh\":")
            sink.append(PayloadNumber.speed(speedKmh))
            sink.append(",\"heading\":")
            sink.append(PayloadNumber.integer(Int64(headingDegrees)))
        case .weather(let airCelsius, let humidity, let windKmh, let pressureHpa):
            sink.append(",\"temperature\":")
            sink.append(PayloadNumber.celsius(airCelsius))
            sink.append(",\"humidity\":")
            sink.append(PayloadNumber.humidity(humidity))
            sink.append(",\"windKmh\":")
            sink.append(PayloadNumber.speed(windKmh))
            sink.append(",\"pressureHpa\":")
            sink.append(PayloadNumber.pressure(pressureHpa))
        case .weatherSensor(let station, let sensor, let value):
            let place = StationPlace.of(station: station)
            sink.append(",\"state\":\"")
            sink.append(place.state)
            sink.append("\",\"city\":\"")
            sink.append(place.city)
            sink.append("\",\"station\":\"")
            DeviceIdentity.writeStationID(index: station, to: &sink)
            sink.append("\",\"sensor\":\"")
            sink.append(sensor.literal)
            sink.append("\",\"value\":")
            sink.append(sensor.payloadNumber(value))
        case .diagnosticLog(let uptimeSeconds, let errors, let logBytes):
            sink.append(",\"uptimeS\":")
            sink.append(PayloadNumber.integer(uptimeSeconds))
            sink.append(",\"errors\":")
            sink.append(PayloadNumber.integer(Int64(errors)))
            sink.append(",\"log\":\"")
            sink.appendLogText(bytes: logBytes)
            sink.append("\"")
        }
    }
}
