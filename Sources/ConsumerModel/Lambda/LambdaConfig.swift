import SimKernel

/// Settings of a Lambda event-source mapping (`consumers[]` with `type: "lambda"`), with the
/// defaults of the mapping's API (`CreateEventSourceMapping`; the README lists each with its
/// source). The function itself is the user's: its duration is `processing` per record (the
/// consumer's common setting) plus `invocationOverhead`.
public struct LambdaConfig: Equatable, Sendable {
    /// `BatchSize`: records per invocation (100).
    public var batchSize: Int
    /// `MaximumBatchingWindowInSeconds`: how long a batch may gather records (0: invoke at once).
    public var batchWindow: SimDuration
    /// `ParallelizationFactor`: concurrent batches per shard (1–10), records of one partition key
    /// always in the same one.
    public var parallelization: Int
    /// `MaximumRetryAttempts`: retries of a failed batch before it is discarded (nil: until it
    /// succeeds or its records expire, the default −1).
    public var maxRetryAttempts: Int?
    /// `MaximumRecordAgeInSeconds`: records older than this are discarded instead of sent (nil:
    /// never, the default −1).
    public var maxRecordAge: SimDuration?
    /// `BisectBatchOnFunctionError`: a failed batch is split in two and each half retried.
    public var bisectOnError: Bool
    /// Probability that an invocation fails (a function error after a random part of its batch
    /// was processed).
    public var failureRate: Double
    /// The invocation's own time beside its records' processing (start-up, the round trip).
    public var invocationOverhead: Distribution
    /// Invocations of the mapping that may run at once (the function's reserved concurrency;
    /// nil: one per shard and parallelization lane).
    public var maxConcurrency: Int?

    /// Invocation payload limit: 6 MB (Lambda's synchronous invocation quota).
    public static let maxPayloadBytes: Int64 = 6_000_000
    /// The default invocation overhead: lognormal, median 10 ms, p99 50 ms (simctl's assumption;
    /// AWS publishes no figure).
    public static let defaultInvocationOverhead = Distribution.lognormal(.init(median: .milliseconds(10), p99: .milliseconds(50)))

    public init(batchSize: Int = 100, batchWindow: SimDuration = .zero, parallelization: Int = 1,
                maxRetryAttempts: Int? = nil, maxRecordAge: SimDuration? = nil, bisectOnError: Bool = false,
                failureRate: Double = 0, invocationOverhead: Distribution = LambdaConfig.defaultInvocationOverhead,
                maxConcurrency: Int? = nil) {
        self.batchSize = batchSize
        self.batchWindow = batchWindow
        self.parallelization = parallelization
        self.maxRetryAttempts = maxRetryAttempts
        self.maxRecordAge = maxRecordAge
        self.bisectOnError = bisectOnError
        self.failureRate = failureRate
        self.invocationOverhead = invocationOverhead
        self.maxConcurrency = maxConcurrency
    }
}
