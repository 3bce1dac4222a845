/// One analytics operator a consumer feeds, as the scenario declares it (`consumers[].analytics[]`).
public enum OperatorConfig: Sendable {
    /// Windows grouped and aggregated over event or processing time.
    case windows(WindowConfig)
    /// Scores every reading and flags the unusual ones.
    case anomaly(AnomalyConfig)
    /// Buffers records and delivers them as objects, Firehose-style.
    case sink(SinkConfig)
}
