import AnalyticsModel
import SimKernel

extension AnalyticsSpec {
    static let fields = [
        "type", "size", "slide", "time", "groupBy", "aggregates", "watermarkLag", "allowedLateness", "idleTimeout", "detector",
        "threshold", "bufferSize", "bufferInterval", "deliveryTime", "failureRate",
    ]
    /// A sink's attempts must succeed eventually: at most 99% of them may time out.
    static let sinkFailureRate = Bounds(lower: 0, upper: 0.99)
    static let sizeRange = SimDuration.milliseconds(1) ... .hours(24)

    /// Operator types each type-specific field applies to.
    static let typeSpecificFields: [(key: String, types: [OperatorType])] = [
        ("detector", [.anomaly]), ("threshold", [.anomaly]), ("bufferSize", [.sink]), ("bufferInterval", [.sink]),
        ("deliveryTime", [.sink]), ("failureRate", [.sink]),
    ]

    /// Decodes `consumers[].analytics`.
    static func decodeList(_ field: Field) -> [AnalyticsSpec]? {
        guard let elements = field.array(of: "operators", count: 0...100) else { return nil }
        let operators = elements.compactMap(decode)
        return operators.count == elements.count ? operators : nil
    }

    /// Decodes one operator; nil when it has no valid type.
    static func decode(_ field: Field) -> AnalyticsSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        let type = reader.required("type") { $0.choice(OperatorType.self, what: "an operator type") }
        var spec = AnalyticsSpec(type: type ?? .tumbling)
        spec.readWindow(reader)
        reader.read("time", into: &spec.time) { $0.choice(WindowTime.self, what: "a time domain") }
        reader.read("groupBy", into: &spec.groupBy, decodeGrouping)
        reader.read("aggregates", into: &spec.aggregates, decodeAggregates)
        reader.read("watermarkLag", into: &spec.watermarkLag) { $0.duration(.zero ... .hours(24)) }
        reader.read("allowedLateness", into: &spec.allowedLateness) { $0.duration(.zero ... .hours(24)) }
        reader.read("idleTimeout", into: &spec.idleTimeout) { $0.duration(.zero ... .hours(24)) }
        reader.read("detector", into: &spec.detector) { $0.choice(AnomalyDetector.self, what: "a detector") }
        reader.read("threshold", into: &spec.threshold) { $0.number(.positive) }
        reader.read("bufferSize", into: &spec.bufferSize) { $0.size(1...128 * 1_048_576) }
        reader.read("bufferInterval", into: &spec.bufferInterval) { $0.duration(.zero ... .seconds(900)) }
        reader.read("deliveryTime", into: &spec.deliveryTime) { $0.distribution(.zero ... .hours(1)) }
        reader.read("failureRate", into: &spec.failureRate) { $0.number(Self.sinkFailureRate) }
        guard let type else { return nil }
        spec.checkTypeRules(reader)
        return spec
    }

    /// Reads `size` and `slide` (which defaults to the size) and checks `0 < slide ≤ size`.
    private mutating func readWindow(_ reader: ObjectReader) {
        let sizeValid = reader.read("size", into: &size) { field in
            field.duration(Self.sizeRange).flatMap { Self.wholeMilliseconds($0, field) }
        }
        slide = size
        let slideValid = reader.read("slide", into: &slide) { field in
            field.duration(Self.sizeRange).flatMap { Self.wholeMilliseconds($0, field) }
        }
        if sizeValid, slideValid, slide > size {
            reader.reject("slide", "is longer than the window size \(size) (allowed: slide ≤ size)")
        }
    }

    /// Windows are aligned and reported in epoch milliseconds, so a size must be a whole number of them.
    private static func wholeMilliseconds(_ size: SimDuration, _ field: Field) -> SimDuration? {
        guard size.nanoseconds % SimDuration.milliseconds(1).nanoseconds == 0 else {
            return field.reject("\(field.literal) is not a whole number of milliseconds (window results are reported in milliseconds)")
        }
        return size
    }

    /// Rules that depend on the operator type: tumbling windows do not slide, and the
    /// anomaly/sink settings belong to those operators only.
    private func checkTypeRules(_ reader: ObjectReader) {
        if type == .tumbling, slide != size {
            reader.reject("slide", "differs from the size \(size) (a tumbling window's slide equals its size; use \"sliding\")")
        }
        for (key, types) in Self.typeSpecificFields where reader.has(key) && !types.contains(type) {
            let names = types.map(\.rawValue).joined(separator: "/")
            reader.log(key, "applies only to \(names) operators (this one is \"\(type.rawValue)\")")
        }
    }

    /// One grouping key (a string), or 1 to 4 distinct keys combined (an array).
    private static func decodeGrouping(_ field: Field) -> [WindowGrouping]? {
        guard field.stringValue == nil else { return field.choice(WindowGrouping.self, what: "a grouping").map { [$0] } }
        guard let elements = field.array(of: "grouping keys", count: 1...GroupIndex.maxKeys) else { return nil }
        var keys: [WindowGrouping] = []
        for element in elements {
            guard let key = element.choice(WindowGrouping.self, what: "a grouping") else { continue }
            if keys.contains(key) { element.problem("\(element.literal) is repeated (each key at most once)") }
            keys.append(key)
        }
        return keys.count == elements.count && Set(keys).count == keys.count ? keys : nil
    }

    /// A non-empty list of distinct aggregates.
    private static func decodeAggregates(_ field: Field) -> [Aggregate]? {
        guard let elements = field.array(of: "aggregates", count: 1...Aggregate.allCases.count) else { return nil }
        var aggregates: [Aggregate] = []
        for element in elements {
            guard let aggregate = element.choice(Aggregate.self, what: "an aggregate") else { continue }
            if aggregates.contains(aggregate) {
                element.problem("\(element.literal) is repeated (each aggregate at most once)")
            }
            aggregates.append(aggregate)
        }
        return aggregates.count == elements.count && Set(aggregates).count == aggregates.count ? aggregates : nil
    }
}
