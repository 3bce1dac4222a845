import AnalyticsModel

/// One delivery of a sink that keeps its records, for the caller to write out as files: it
/// leaves the simulated world and never changes the run.
public struct SinkOutput: Sendable {
    public let consumer: String
    /// The sink's position in the consumer's `analytics` list.
    public let operatorIndex: Int
    public let delivery: SinkDelivery
}
