import SimKernel
import StreamModel

/// The client library a gateway sends through: what it does with a response that reached it.
///
/// The fleet owns everything on the wire (requests, the uplink, lost responses, invalid
/// requests); the library decides which entries of an answered request it sends again and
/// when. The AWS SDK's behaviour (`SDKProducer`) is built in; other libraries plug in through
/// `ProducerKind.plugin`.
public protocol ProducerLibrary: Sendable {
    /// The most attempts a library makes for one entry (nil: no fixed bound).
    var attemptLimit: Int? { get }
    /// Removes from `request` the entries the library is done with, after a response arrived.
    func settle(_ request: inout PutRequest)
    /// When the request's remaining entries are sent again (nil: they are given up).
    func resendTime(of request: PutRequest, random: inout SimRandom, now: SimTime) -> SimTime?
}

/// Which client library the gateways use (`fleet.producer`).
public enum ProducerKind: Sendable {
    /// The AWS SDK: failed entries are retried with backoff, per `fleet.retry`.
    case sdk
    /// The Kinesis Producer Library: aggregation, collection, per-shard rate limits, retries
    /// until `RecordTtl` (`Fleet+KPL`).
    case kpl(KPLConfig)
    /// A library defined outside the scenario contract (tests' deliberately broken producers).
    case plugin(any ProducerLibrary)

    /// The library that settles the fleet's responses by resending requests (nil for the KPL,
    /// which puts failed records back in its buffer).
    func library(retry: RetryPolicy) -> (any ProducerLibrary)? {
        switch self {
        case .sdk: SDKProducer(retry: retry)
        case .kpl: nil
        case .plugin(let library): library
        }
    }

    /// The scenario name (`fleet.producer`); a plug-in is named by its type.
    public var name: String {
        switch self {
        case .sdk: "sdk"
        case .kpl: "kpl"
        case .plugin(let library): String(describing: type(of: library))
        }
    }
}

/// The AWS SDK's PutRecords handling: accepted entries are done, failed ones (throttled or
/// `InternalFailure`) are resent after an exponential backoff until `maxAttempts`.
public struct SDKProducer: ProducerLibrary {
    public let retry: RetryPolicy

    public init(retry: RetryPolicy) { self.retry = retry }

    public var attemptLimit: Int? { retry.maxAttempts }

    public func settle(_ request: inout PutRequest) {
        request.keepEntries { _, result in !result.isAccepted }
    }

    public func resendTime(of request: PutRequest, random: inout SimRandom, now: SimTime) -> SimTime? {
        guard request.attempt < retry.maxAttempts else { return nil }
        let ceiling = retry.ceiling(afterAttempt: request.attempt)
        guard retry.jitter == .full else { return now + ceiling }
        return now + .nanoseconds(Int64(random.bounded(UInt64(ceiling.nanoseconds) + 1)))
    }
}
