import Telemetry

extension DeviceParams {
    /// Decodes gps params: `bbox: [minLat, minLon, maxLat, maxLon]` and `maxSpeedKmh`.
    static func decodeGPS(_ field: Field) -> GPSParams? {
        guard let reader = ObjectReader(field, allowed: ["bbox", "maxSpeedKmh"], context: " for gps devices") else {
            return nil
        }
        var params = GPSParams()
        let defaults = params
        let boxValid = reader.read("bbox", into: &params) { decodeBoundingBox($0, into: defaults) }
        let speedValid = reader.read("maxSpeedKmh", into: &params.maxSpeedKmh) {
            $0.number(Bounds(lower: 0, upper: 10_000, lowerExclusive: true))
        }
        return boxValid && speedValid ? params : nil
    }

    /// `[minLat, minLon, maxLat, maxLon]` in degrees, non-empty in both directions.
    private static func decodeBoundingBox(_ field: Field, into params: GPSParams) -> GPSParams? {
        let shape = "allowed: [minLat, minLon, maxLat, maxLon]"
        guard case .array(let elements) = field.value.kind, elements.count == 4 else {
            return field.reject("\(field.literal) is not a bounding box (\(shape))")
        }
        let limits = [90.0, 180.0, 90.0, 180.0]
        let corners = elements.enumerated().map { index, element in
            field.element(index, element).number(Bounds(lower: -limits[index], upper: limits[index]))
        }
        let values = corners.compactMap { $0 }
        guard values.count == 4 else { return nil }
        guard values[0] < values[2], values[1] < values[3] else {
            return field.reject("\(field.literal) is an empty box (\(shape) with minLat < maxLat and minLon < maxLon)")
        }
        var box = params
        (box.minLatitude, box.minLongitude, box.maxLatitude, box.maxLongitude) = (values[0], values[1], values[2], values[3])
        return box
    }
}
