import AnalyticsModel
import SimKernel

/// One analytics operator fed by a consumer (`consumers[].analytics[]`).
public struct AnalyticsSpec: Equatable, Sendable {
    public var type: OperatorType
    /// Window length.
    public var size: SimDuration
    /// Window step; equals `size` for tumbling windows.
    public var slide: SimDuration
    public var time: WindowTime
    /// One key, or several combined (a JSON string or array).
    public var groupBy: [WindowGrouping]
    /// Distinct aggregates in file order.
    public var aggregates: [Aggregate]
    /// Bounded out-of-orderness for event-time windows.
    public var watermarkLag: SimDuration
    /// Records later than this past the watermark are counted as dropped-late.
    public var allowedLateness: SimDuration
    /// A shard quiet this long stops holding the event-time watermark back (an addition to v1).
    public var idleTimeout: SimDuration
    /// Anomaly operators: the scoring method.
    public var detector: AnomalyDetector
    /// Anomaly operators: the score at or above which a reading is flagged.
    public var threshold: Double
    /// Sink operators: bytes buffered before an object is written.
    public var bufferSize: Int64
    /// Sink operators: longest time before an object is written.
    public var bufferInterval: SimDuration
    /// Sink operators: how long one delivery attempt takes (an addition to v1).
    public var deliveryTime: Distribution
    /// Sink operators: probability that a delivery attempt times out and is retried (an addition to v1).
    public var failureRate: Double

    public init(type: OperatorType, size: SimDuration = .seconds(60), slide: SimDuration? = nil, time: WindowTime = .event,
                groupBy: [WindowGrouping] = [.kind], aggregates: [Aggregate] = Aggregate.allCases,
                watermarkLag: SimDuration = .seconds(5), allowedLateness: SimDuration = .zero,
                idleTimeout: SimDuration = WindowConfig.defaultIdleTimeout,
                detector: AnomalyDetector = .zscore, threshold: Double = 3.0,
                bufferSize: Int64 = SinkConfig.defaultBufferBytes, bufferInterval: SimDuration = SinkConfig.defaultBufferInterval,
                deliveryTime: Distribution = SinkConfig.defaultDeliveryTime, failureRate: Double = 0) {
        self.type = type
        self.size = size
        self.slide = slide ?? size
        self.time = time
        self.groupBy = groupBy
        self.aggregates = aggregates
        self.watermarkLag = watermarkLag
        self.allowedLateness = allowedLateness
        self.idleTimeout = idleTimeout
        self.detector = detector
        self.threshold = threshold
        self.bufferSize = bufferSize
        self.bufferInterval = bufferInterval
        self.deliveryTime = deliveryTime
        self.failureRate = failureRate
    }
}

public enum OperatorType: String, CaseIterable, Sendable {
    case tumbling, sliding, anomaly, sink
}

public enum Aggregate: String, CaseIterable, Sendable {
    case count, sum, avg, min, max

    /// The operator's flag for this aggregate.
    public var member: AggregateSet {
        switch self {
        case .count: return .count
        case .sum: return .sum
        case .avg: return .avg
        case .min: return .min
        case .max: return .max
        }
    }
}

