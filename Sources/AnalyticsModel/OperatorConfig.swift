/// One analytics operator a consumer feeds, as the scenario declares it (`consumers[].analytics[]`).
public enum OperatorConfig: Sendable {
    /// Windows grouped and aggregated over event or processing time.
    case windows(WindowConfig)
    /// Scores every reading and flags the unusual ones.
    case anomaly(AnomalyConfig)
    /// Buffers records and delivers them as objects, Firehose-style.
    case sink(SinkConfig)
    /// An operator outside the scenario contract (tests' broken variants).
    case plugin(any StreamOperator)
}

extension OperatorConfig {
    /// The windows' settings of a window operator, built-in or plugged in; nil for the others.
    public var windowConfig: WindowConfig? {
        switch self {
        case .windows(let config): config
        case .plugin(let plugin): plugin.windows?.config
        case .anomaly, .sink: nil
        }
    }
}
