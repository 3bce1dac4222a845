import SimKernel

/// What kind of application a consumer is, with the settings only that kind has. Its reading
/// settings (`PollingConfig`) are common to every kind.
public enum ConsumerKind: Sendable {
    case polling
    case fanOut(FanOutConfig)
    case kcl(KCLConfig)
    case lambda(LambdaConfig)
    /// An application built outside the model layer (a test's deliberately broken variant) from
    /// its reading settings, index, reader and substream; whether it checkpoints and how many
    /// workers share its leases are declared, since the stream and the checkers need them first.
    case plugin(checkpoints: Bool = false, leaseWorkers: Int = 0, build: @Sendable (_ reading: PollingConsumer) -> any ConsumerApplication)

    /// Whether the application checkpoints (the stream keeps its records until it does).
    public var checkpoints: Bool {
        switch self {
        case .kcl, .lambda: true
        case .plugin(let checkpoints, _, _): checkpoints
        case .polling, .fanOut: false
        }
    }

    /// Workers sharing its leases (0 for kinds without leases).
    public var leaseWorkers: Int {
        switch self {
        case .kcl(let settings): settings.workers
        case .plugin(_, let workers, _): workers
        case .polling, .fanOut, .lambda: 0
        }
    }

    /// Whether it processes each shard's records in sequence order (a Lambda mapping with more
    /// than one lane per shard keeps order per partition key only).
    public var keepsShardOrder: Bool {
        if case .lambda(let settings) = self { settings.parallelization == 1 } else { true }
    }
}
