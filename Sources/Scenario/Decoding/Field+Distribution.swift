import SimKernel

extension Field {
    static let distributionExamples =
        #"examples: "20ms", {"dist": "lognormal", "median": "20ms", "p99": "150ms"}, {"dist": "uniform", "min": "1ms", "max": "5ms"}"#

    /// The member names each `dist` takes besides `dist` itself.
    static let distributionFields: [(name: String, fields: [String])] = [
        ("constant", ["value"]), ("uniform", ["min", "max"]), ("exponential", ["mean"]), ("lognormal", ["median", "p99"]),
    ]

    /// A distribution of durations, each value within `allowed`: a duration string (constant) or
    /// a `{"dist": …}` object.
    func distribution(_ allowed: ClosedRange<SimDuration>) -> Distribution? {
        switch value.kind {
        case .string: return duration(allowed).map(Distribution.constant)
        case .object: return distributionObject(allowed)
        default: return reject("\(literal) is not a distribution (\(Self.distributionExamples))")
        }
    }

    private func distributionObject(_ allowed: ClosedRange<SimDuration>) -> Distribution? {
        let chosen = Self.distributionFields.first { $0.name == lookup("dist")?.stringValue }
        let fields = chosen?.fields ?? Self.distributionFields.flatMap(\.fields)
        guard let reader = ObjectReader(self, allowed: ["dist"] + fields) else { return nil }
        let options = Self.distributionFields.map { ($0.name, $0.name) }
        guard let kind = reader.required("dist", { $0.choice(options, what: "a distribution") }) else { return nil }
        let durations = fields.map { name in reader.required(name) { $0.duration(allowed) } }
        guard durations.allSatisfy({ $0 != nil }) else { return nil }
        return Self.makeDistribution(kind, durations.compactMap { $0 }, reader: reader)
    }

    /// Builds the distribution once its fields are valid, checking the rules between them.
    private static func makeDistribution(_ kind: String, _ values: [SimDuration], reader: ObjectReader) -> Distribution? {
        switch kind {
        case "uniform":
            guard values[0] <= values[1] else { return reject(reader, "max", "is less than min (allowed: min ≤ max)") }
            return .uniform(min: values[0], max: values[1])
        case "exponential":
            guard values[0] > .zero else { return reject(reader, "mean", "is not allowed (allowed: mean > 0)") }
            return .exponential(mean: values[0])
        case "lognormal":
            guard values[0] > .zero else { return reject(reader, "median", "is not allowed (allowed: 0 < median ≤ p99)") }
            guard values[0] <= values[1] else {
                return reject(reader, "p99", "is less than the median (allowed: 0 < median ≤ p99)")
            }
            return .lognormal(.init(median: values[0], p99: values[1]))
        default:
            return .constant(values[0])
        }
    }

    private static func reject(_ reader: ObjectReader, _ key: String, _ reason: String) -> Distribution? {
        reader.reject(key, reason)
        return nil
    }
}
