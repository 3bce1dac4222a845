import ResultStore

/// The stored series the charts draw, as chart points on the run's time axis.
struct HtmlRunSeries: Sendable {
    let view: RunView
    let time: TimeAxis

    init(_ view: RunView) {
        self.view = view
        time = TimeAxis(runSeconds: view.run.simulatedSeconds)
    }

    /// A stream-wide per-second CloudWatch metric (`IncomingRecords`, ...).
    func streamSeconds(_ metric: String) -> [ChartPoint] {
        view.run.series.filter { $0.metric == metric && $0.shardID == nil && $0.resolution == "1s" }
            .map { time.point(seconds: Double($0.periodStartS), Double($0.value)) }
    }

    /// A per-shard per-minute metric, by shard and minute index.
    func shardMinutes(_ metric: String) -> [String: [Int64: Int64]] {
        view.run.series.filter { $0.metric == metric && $0.shardID != nil && $0.resolution == "1m" }
            .reduce(into: [:]) { $0[$1.shardID!, default: [:]][$1.periodStartS / 60] = $1.value }
    }

    /// One consumer's per-second figure (its iterator age, ...); seconds where `value` is nil
    /// (no latency without records) have no point.
    func consumerSeconds(_ consumer: String, _ value: (StoredConsumerPoint) -> Double?) -> [ChartPoint] {
        view.run.consumerSeries.filter { $0.consumer == consumer }.compactMap { point in
            value(point).map { time.point(seconds: Double(point.periodStartS), $0) }
        }
    }

    /// The timeline's events of `kinds` as marks over the time charts: faults as bands while they
    /// last, everything else as lines.
    func marks(_ kinds: Set<StoredEvent.Kind> = Set(StoredEvent.Kind.allCases)) -> [ChartMark] {
        view.run.timeline.filter { kinds.contains($0.kind) }.map { event in
            ChartMark(x: event.atS / time.secondsPerUnit, endX: event.endS.map { $0 / time.secondsPerUnit },
                      letter: Self.letter(event.kind), description: event.description)
        }
    }

    /// F fault, R reshard, X refused operation, P policy decision (the timeline section's key).
    static func letter(_ kind: StoredEvent.Kind) -> String {
        switch kind {
        case .fault: "F"
        case .reshard: "R"
        case .refused: "X"
        case .policy: "P"
        }
    }
}
