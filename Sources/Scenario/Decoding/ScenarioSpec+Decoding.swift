import SimKernel

extension ScenarioSpec {
    static let fields = [
        "version", "name", "description", "seed", "duration", "drain", "startTime", "fleet", "stream", "consumers",
        "faults", "slo",
    ]
    static let maxDuration = SimDuration.hours(24 * 30)
    static let durationRange = SimDuration.milliseconds(1) ... maxDuration
    static let drainRange = SimDuration.zero ... .hours(24)

    /// Decodes and validates a whole scenario; nil when a required part could not be built.
    ///
    /// Problems are logged, never thrown, so one pass finds all of them; the caller rejects the
    /// file if the log is not empty even when a spec came back.
    static func decode(_ field: Field) -> ScenarioSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        let version = reader.required("version") { $0.int(1...1) }
        let name = reader.required("name", decodeName)
        let duration = reader.required("duration") { $0.duration(durationRange) }
        var drain = SimDuration.minutes(5)
        reader.read("drain", into: &drain) { $0.duration(drainRange) }
        let fleet = reader.required("fleet", FleetSpec.decode)
        let stream = reader.required("stream") { StreamSpec.decode($0) }
        let consumers = reader.required("consumers", ConsumerSpec.decodeList)
        let workersByName = consumers.map { list in
            Dictionary(list.filter { $0.type == .kcl }.map { ($0.name, $0.workers) }) { first, _ in first }
        }
        let context = FaultContext(duration: duration, gateways: fleet?.gateways, consumerWorkers: workersByName)
        // Placeholders stand in for invalid required parts so the optional ones are still checked;
        // the log then holds a problem, so this spec is never returned.
        var spec = ScenarioSpec(version: version ?? 1, name: name ?? "", duration: duration ?? .zero, drain: drain,
                                fleet: fleet ?? FleetSpec(gateways: 0, devices: []), stream: stream ?? StreamSpec(shards: 0),
                                consumers: consumers ?? [])
        reader.read("description", into: &spec.description) { $0.string() }
        reader.read("seed", into: &spec.seed) { $0.uint64() }
        reader.read("startTime", into: &spec.startTime) {
            $0.parsed(StartTime.init(parsing:), what: "a start time", allowed: StartTime.example)
        }
        let faultsValid = reader.read("faults", into: &spec.faults) { FaultSpec.decodeList($0, context: context) }
        reader.read("slo", into: &spec.slo, SLOSpec.decode)
        if let consumers, let stream {
            checkFanOutCount(consumers, limit: stream.limits.efoMaxConsumers, reader: reader)
            spec.fitConsumerLimits(toMaxRecords: stream.limits.getRecordsMaxRecords, reader: reader)
        }
        if duration != nil, let problem = spec.startTimeProblem() { reader.log("startTime", problem) }
        if faultsValid, stream != nil, let elements = reader.member("faults")?.array(of: "faults", count: spec.faults.count...spec.faults.count) {
            for (fault, message) in spec.splitFaultProblems() { elements[fault].lookup("type")?.problem(message) }
        }
        let complete = version != nil && name != nil && duration != nil && fleet != nil && stream != nil && consumers != nil
        return complete ? spec : nil
    }

    /// E2: a stream registers at most `limit` enhanced fan-out consumers; the first one over is named.
    private static func checkFanOutCount(_ consumers: [ConsumerSpec], limit: Int, reader: ObjectReader) {
        let fanOut = consumers.indices.filter { consumers[$0].registersFanOutConsumer }
        guard fanOut.count > limit,
              let elements = reader.member("consumers")?.array(of: "consumers", count: consumers.count...consumers.count) else { return }
        let over = consumers[fanOut[limit]].type == .efo ? ("type", "\"efo\"") : ("retrieval", "\"fanout\"")
        elements[fanOut[limit]].lookup(over.0)?.problem("\(over.1) makes \(fanOut.count) enhanced fan-out consumers; a stream "
                                                        + "registers at most \(limit) (stream.limits.efoMaxConsumers)")
    }

    /// Fits every consumer's GetRecords `limit` to the stream's maximum (see `ConsumerSpec.fitLimit`).
    private mutating func fitConsumerLimits(toMaxRecords maxRecords: Int, reader: ObjectReader) {
        guard let elements = reader.member("consumers")?.array(of: "consumers", count: consumers.count...consumers.count) else { return }
        for index in consumers.indices { consumers[index].fitLimit(toMaxRecords: maxRecords, field: elements[index]) }
    }

    /// A short kebab-case name: it names the scenario in reports, the store and file names.
    private static func decodeName(_ field: Field) -> String? {
        let allowed = #"allowed: lowercase letters and digits in words joined by single hyphens, at most 100 characters, e.g. "10k-devices""#
        guard let name = field.stringValue, name.count <= 100, isKebabCase(name) else {
            return field.reject("\(field.literal) is not a kebab-case name (\(allowed))")
        }
        return name
    }

    /// Whether `text` matches `^[a-z0-9]+(-[a-z0-9]+)*$`.
    static func isKebabCase(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
