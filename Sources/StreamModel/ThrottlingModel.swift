/// How a shard enforces its write limits (`stream.throttling`, `kinesis-model.md` §3).
///
/// AWS documents the per-second limits (W1, W2, W4) and a burst that refills (W7), not the
/// algorithm; the token bucket reproduces every documented statement and is the default. The
/// two window models exist to compare against it.
public enum ThrottlingModel: String, CaseIterable, Sendable {
    /// A bucket per limit, rate = the limit, capacity = one second of it: bursts, then refills.
    case tokenBucket = "token-bucket"
    /// In every interval `(t − 1 s, t]` at most the per-second limits: stricter, no burst carry-over.
    case slidingWindow = "sliding-window"
    /// At most the per-second limits in each aligned second `[k s, (k + 1) s)` of simulated time.
    case fixedWindow = "fixed-window"
}
