import ConsumerModel
import SimKernel

extension ConsumerSpec {
    static let fields = [
        "name", "type", "iterator", "pollInterval", "limit", "reshardOrder", "workers", "checkpoint", "failoverTime",
        "batchSize", "batchWindow", "parallelization", "processing", "readLatency", "analytics",
        "failureRate", "maxRetryAttempts", "maxRecordAge", "bisectOnError", "invocationOverhead", "maxConcurrency", "retrieval",
    ]
    /// Consumer applications a scenario may hold. Kinesis caps only enhanced fan-out consumers
    /// (`efoMaxConsumers`, E2); polling applications share the shards' read limits instead. The
    /// cap keeps per-consumer state (per-shard positions, series) within memory estimates.
    static let maxConsumers = 100

    /// Consumer types each type-specific field applies to.
    static let typeSpecificFields: [(key: String, types: [ConsumerType])] = [
        ("workers", [.kcl]), ("checkpoint", [.kcl, .lambda]), ("failoverTime", [.kcl]), ("retrieval", [.kcl]),
        ("batchSize", [.lambda]), ("batchWindow", [.lambda]), ("parallelization", [.lambda]),
        ("failureRate", [.lambda]), ("maxRetryAttempts", [.lambda]), ("maxRecordAge", [.lambda]), ("bisectOnError", [.lambda]),
        ("invocationOverhead", [.lambda]), ("maxConcurrency", [.lambda]),
    ]

    /// Decodes `consumers`: 1 to `maxConsumers` consumers with unique names.
    static func decodeList(_ field: Field) -> [ConsumerSpec]? {
        guard let elements = field.array(of: "consumers", count: 1...maxConsumers) else { return nil }
        let consumers = elements.map(decode)
        var firstIndexByName: [String: Int] = [:]
        for (index, consumer) in consumers.enumerated() {
            guard let name = consumer?.name else { continue }
            if let first = firstIndexByName[name] {
                let nameField = elements[index].lookup("name")
                nameField?.problem("\(nameField?.literal ?? "") is already the name of consumers[\(first)] (names must be unique)")
            } else {
                firstIndexByName[name] = index
            }
        }
        let decoded = consumers.compactMap { $0 }
        return decoded.count == elements.count ? decoded : nil
    }

    /// Decodes one `consumers[]` entry; nil when it has no valid name.
    static func decode(_ field: Field) -> ConsumerSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        let name = reader.required("name", decodeName)
        var consumer = ConsumerSpec(name: name ?? "")
        reader.read("type", into: &consumer.type) { $0.choice(ConsumerType.self, what: "a consumer type") }
        consumer.reshardOrder = consumer.type.defaultReshardOrder
        consumer.pollInterval = consumer.type.defaultPollInterval
        reader.read("iterator", into: &consumer.iterator, decodeIterator)
        reader.read("pollInterval", into: &consumer.pollInterval) { $0.duration(.milliseconds(1) ... .minutes(5)) }
        reader.read("limit", into: &consumer.limit) { $0.int(1...10_000) }
        reader.read("reshardOrder", into: &consumer.reshardOrder) { $0.choice(ReshardOrder.self, what: "a reshard order") }
        consumer.readTypeSpecificFields(reader)
        reader.read("processing", into: &consumer.processing) { $0.distribution(.zero ... .hours(1)) }
        reader.read("readLatency", into: &consumer.readLatency) { $0.distribution(.zero ... .seconds(60)) }
        reader.read("analytics", into: &consumer.analytics, AnalyticsSpec.decodeList)
        return name == nil ? nil : consumer
    }

    private mutating func readTypeSpecificFields(_ reader: ObjectReader) {
        reader.read("workers", into: &workers) { $0.int(1...1_000) }
        reader.read("checkpoint", into: &checkpoint, CheckpointSpec.decode)
        reader.read("failoverTime", into: &failoverTime) { $0.duration(.milliseconds(1) ... .hours(1)) }
        reader.read("retrieval", into: &retrieval) { $0.choice(KCLRetrieval.self, what: "a KCL retrieval") }
        reader.read("batchSize", into: &batchSize) { $0.int(1...10_000) }
        reader.read("batchWindow", into: &batchWindow) { $0.duration(.zero ... .seconds(300)) }
        reader.read("parallelization", into: &parallelization) { $0.int(1...10) }
        reader.read("failureRate", into: &lambda.failureRate) { $0.number(.rate) }
        // −1, the API's default, is "until the batch succeeds or its records expire".
        reader.read("maxRetryAttempts", into: &lambda.maxRetryAttempts) { $0.int(-1...10_000).map { $0 < 0 ? nil : $0 } }
        reader.read("maxRecordAge", into: &lambda.maxRecordAge) { $0.duration(.seconds(60) ... .seconds(604_800)) }
        reader.read("bisectOnError", into: &lambda.bisectOnError) { $0.bool() }
        reader.read("invocationOverhead", into: &lambda.invocationOverhead) { $0.distribution(.zero ... .minutes(15)) }
        reader.read("maxConcurrency", into: &lambda.maxConcurrency) { $0.int(1...10_000) }
        for (key, types) in Self.typeSpecificFields where reader.has(key) && !types.contains(type) {
            let names = types.map(\.rawValue).joined(separator: "/")
            reader.log(key, "applies only to \(names) consumers (this one is \"\(type.rawValue)\")")
        }
    }


    /// Letters, digits, `-` and `_`: names appear in metric keys such as `consumers.<name>.delivered`.
    private static func decodeName(_ field: Field) -> String? {
        guard let name = field.stringValue, (1...64).contains(name.count),
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            return field.reject("\(field.literal) is not a consumer name (allowed: 1 to 64 letters, digits, '-' or '_')")
        }
        return name
    }

    /// `TRIM_HORIZON`, `LATEST` or `AT_TIMESTAMP:<duration>`.
    private static func decodeIterator(_ field: Field) -> IteratorStart? {
        let allowed = #"allowed: "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP:<duration>""#
        switch field.stringValue {
        case "TRIM_HORIZON": return .trimHorizon
        case "LATEST": return .latest
        case let text? where text.hasPrefix("AT_TIMESTAMP:"):
            guard let offset = DurationFormat.parse(String(text.dropFirst("AT_TIMESTAMP:".count))),
                  offset <= ScenarioSpec.maxDuration
            else {
                return field.reject("\(field.literal) does not end in a duration up to 30d (\(DurationFormat.examples))")
            }
            return .atTimestamp(offset)
        default:
            return field.reject("\(field.literal) is not an iterator position (\(allowed))")
        }
    }
}
