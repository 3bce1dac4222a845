import SimKernel

/// One tumbling-window analytic as a scenario declares it (`consumers[].analytics[]`).
public struct TumblingWindowConfig: Sendable {
    /// The window length; a whole number of milliseconds, since results report milliseconds.
    public var size: SimDuration
    public var time: WindowTime
    public var groupBy: WindowGrouping
    public var aggregates: AggregateSet
    /// Bounded out-of-orderness: the watermark trails the largest event time seen by this much.
    /// Ignored for processing time.
    public var watermarkLag: SimDuration
    /// How long after the watermark passes a window's end late records still update it.
    /// Ignored for processing time.
    public var allowedLateness: SimDuration
    /// Epoch milliseconds of simulated t = 0 (scenario startTime): windows align to the epoch, like Flink's.
    public var epochMillisAtStart: Int64

    /// Defaults follow the scenario format: 60 s windows on event time by kind, every aggregate,
    /// a 5 s watermark lag and no allowed lateness.
    public init(size: SimDuration = .seconds(60), time: WindowTime = .event, groupBy: WindowGrouping = .kind,
                aggregates: AggregateSet = .all, watermarkLag: SimDuration = .seconds(5),
                allowedLateness: SimDuration = .zero, epochMillisAtStart: Int64) {
        self.size = size
        self.time = time
        self.groupBy = groupBy
        self.aggregates = aggregates
        self.watermarkLag = watermarkLag
        self.allowedLateness = allowedLateness
        self.epochMillisAtStart = epochMillisAtStart
    }
}
