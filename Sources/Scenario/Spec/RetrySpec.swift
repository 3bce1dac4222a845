import SimKernel

/// Retry of throttled entries and failed requests (`fleet.retry`): exponential backoff.
///
/// After `maxAttempts` the record is dropped and counted.
public struct RetrySpec: Equatable, Sendable {
    public var maxAttempts: Int
    /// Delay before the first retry; doubles per attempt.
    public var baseDelay: SimDuration
    /// Cap on the backoff delay.
    public var maxDelay: SimDuration
    public var jitter: RetryJitter

    public init(maxAttempts: Int = 3, baseDelay: SimDuration = .milliseconds(100), maxDelay: SimDuration = .seconds(20),
                jitter: RetryJitter = .full) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }
}

/// Backoff jitter (`fleet.retry.jitter`).
public enum RetryJitter: String, CaseIterable, Sendable {
    /// Delay drawn uniformly from [0, backoff) (AWS "full jitter").
    case full
    /// Delay exactly the backoff.
    case none
}
