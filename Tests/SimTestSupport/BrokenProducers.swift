import FleetModel
import SimKernel
import StreamModel

/// The SDK's retry handling, except that of each response's failed entries the last is
/// forgotten: neither resent nor counted as dropped (the conservation checker's canary).
public struct ForgetfulProducer: ProducerLibrary {
    let faithful: SDKProducer

    public init(retry: RetryPolicy) { faithful = SDKProducer(retry: retry) }

    public var attemptLimit: Int? { faithful.attemptLimit }

    public func settle(_ request: inout PutRequest) {
        let forgotten = request.results.lastIndex { !$0.isAccepted }
        request.keepEntries { index, result in !result.isAccepted && index != forgotten }
    }

    public func resendTime(of request: PutRequest, random: inout SimRandom, now: SimTime) -> SimTime? {
        faithful.resendTime(of: request, random: &random, now: now)
    }
}
