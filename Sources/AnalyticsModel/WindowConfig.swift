import SimKernel
import Telemetry

/// One window analytic as a scenario declares it (`consumers[].analytics[]` of type `tumbling`
/// or `sliding`): a tumbling window is a sliding one whose slide is its size.
public struct WindowConfig: Sendable {
    /// The window length; a whole number of milliseconds, since results report milliseconds.
    public var size: SimDuration
    /// How far each window starts after the previous one; at most `size`.
    public var slide: SimDuration
    public var time: WindowTime
    /// One key, or several combined (at most `GroupIndex.maxKeys`).
    public var groupBy: [WindowGrouping]
    public var aggregates: AggregateSet
    /// Bounded out-of-orderness: the watermark trails the smallest of the shards' largest event
    /// times by this much. Ignored for processing time.
    public var watermarkLag: SimDuration
    /// How long after the watermark passes a window's end late records still update it.
    /// Ignored for processing time.
    public var allowedLateness: SimDuration
    /// A shard that has delivered nothing for this long (processing time) no longer holds the
    /// watermark back, as with Flink's `withIdleness`; `.zero` never marks a shard idle.
    public var idleTimeout: SimDuration
    /// Epoch milliseconds of simulated t = 0 (scenario startTime): windows align to the epoch, like Flink's.
    public var epochMillisAtStart: Int64
    /// The fleet's weather stations, for the `station`, `sensor`, `city` and `state` keys.
    public var stations: WeatherStations
    /// The gateways' clocks: event time is the time a reading's gateway stamped on it.
    public var clocks: GatewayClocks

    /// simctl's default idleness: a minute. Flink leaves idleness off, which stalls event time
    /// behind a shard that stops receiving records — a parent shard after a reshard, or any shard
    /// no partition key maps to — and keeps every later window open until the end.
    public static let defaultIdleTimeout = SimDuration.seconds(60)

    /// Defaults follow the scenario format: 60 s tumbling windows on event time by kind, every
    /// aggregate, a 5 s watermark lag and no allowed lateness.
    public init(size: SimDuration = .seconds(60), slide: SimDuration? = nil, time: WindowTime = .event,
                groupBy: [WindowGrouping] = [.kind], aggregates: AggregateSet = .all, watermarkLag: SimDuration = .seconds(5),
                allowedLateness: SimDuration = .zero, idleTimeout: SimDuration = defaultIdleTimeout,
                epochMillisAtStart: Int64, stations: WeatherStations = .empty, clocks: GatewayClocks = .exact) {
        self.size = size
        self.slide = slide ?? size
        self.time = time
        self.groupBy = groupBy
        self.aggregates = aggregates
        self.watermarkLag = watermarkLag
        self.allowedLateness = allowedLateness
        self.idleTimeout = idleTimeout
        self.epochMillisAtStart = epochMillisAtStart
        self.stations = stations
        self.clocks = clocks
    }
}
