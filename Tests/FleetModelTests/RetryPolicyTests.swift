import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Retry of throttled entries: exponential ceiling `min(maxDelay, base · 2^(attempt−1))`, full
/// jitter in `[0, ceiling]`, at most `maxAttempts` attempts, then the readings are dropped.
struct RetryPolicyTests {
    typealias F = FleetFixture

    @Test func ceilingDoublesFromTheBaseDelay() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .seconds(20))
        let expected: [(Int, SimDuration)] = [
            (1, .milliseconds(100)), (2, .milliseconds(200)), (3, .milliseconds(400)), (4, .milliseconds(800)),
            (8, .milliseconds(12_800)), (9, .seconds(20)), (10, .seconds(20)), (1_000, .seconds(20)),
        ]
        for (attempt, ceiling) in expected {
            #expect(policy.ceiling(afterAttempt: attempt) == ceiling, "attempt \(attempt)")
        }
    }

    @Test func ceilingIsCappedAtMaxDelayWhenDoublingOvershoots() {
        let policy = RetryPolicy(baseDelay: .milliseconds(300), maxDelay: .seconds(1))
        #expect((1...5).map { policy.ceiling(afterAttempt: $0) }
                    == [.milliseconds(300), .milliseconds(600), .seconds(1), .seconds(1), .seconds(1)])
        let inverted = RetryPolicy(baseDelay: .seconds(5), maxDelay: .seconds(2))
        #expect(inverted.ceiling(afterAttempt: 1) == .seconds(2))
    }

    /// Drives one single-reading request against a stream that throttles everything; returns
    /// each retry delay with the attempt it followed, and the final fate.
    func retryDelays(seed: UInt64, policy: RetryPolicy) -> (delays: [(attempt: Int, delay: SimDuration)], fate: ResponseFate, fleet: Fleet) {
        var config = F.config(devices: 1, emitUntil: .seconds(1), seed: seed)
        config.retry = policy
        var fleet = Fleet(config: config)
        var stream = F.throttlingStream()
        let first = fleet.start()[0]!
        let (request, arrival, next) = fleet.send(gateway: 0, now: first)
        #expect(next == nil)
        var arrivesAt = arrival
        var delays: [(Int, SimDuration)] = []
        while true {
            fleet.arrive(request: request, at: &stream, now: arrivesAt)
            #expect(fleet.requests[request].results == [.throttled(shard: 0)])
            let attempt = fleet.requests[request].attempt
            let responseAt = fleet.responseArrival(request: request, now: arrivesAt)
            switch fleet.completeResponse(request: request, now: responseAt) {
            case .retry(let at):
                delays.append((attempt, at - responseAt))
                arrivesAt = fleet.resend(request: request, now: at)
            case .finished(let dropped):
                return (delays, .finished(dropped: dropped), fleet)
            }
        }
    }

    @Test func fullJitterDelaysStayWithinZeroAndTheCeiling() {
        let policy = RetryPolicy(maxAttempts: 8, baseDelay: .milliseconds(100), maxDelay: .seconds(1), jitter: .full)
        var all: [(attempt: Int, delay: SimDuration)] = []
        for seed in 1...30 as ClosedRange<UInt64> {
            all += retryDelays(seed: seed, policy: policy).delays
        }
        #expect(all.count == 30 * 7)
        for (attempt, delay) in all {
            #expect(delay >= .zero && delay <= policy.ceiling(afterAttempt: attempt), "attempt \(attempt): \(delay)")
        }
        // Jitter really draws: delays below half their ceiling occur.
        #expect(all.contains { $0.delay < .nanoseconds(policy.ceiling(afterAttempt: $0.attempt).nanoseconds / 2) })
    }

    @Test func withoutJitterTheDelayIsExactlyTheCeiling() {
        let policy = RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(100), maxDelay: .milliseconds(500), jitter: .none)
        let delays = retryDelays(seed: 3, policy: policy).delays
        #expect(delays.map(\.attempt) == [1, 2, 3, 4, 5])
        #expect(delays.map(\.delay) == [.milliseconds(100), .milliseconds(200), .milliseconds(400),
                                        .milliseconds(500), .milliseconds(500)])
    }

    @Test(arguments: [1, 2, 3, 5])
    func throttledReadingIsRetriedUntilMaxAttemptsThenDropped(maxAttempts: Int) {
        let policy = RetryPolicy(maxAttempts: maxAttempts, jitter: .full)
        let (delays, fate, fleet) = retryDelays(seed: 11, policy: policy)
        #expect(delays.count == maxAttempts - 1)
        #expect(fate == .finished(dropped: 1))
        #expect(fleet.counters.retries == UInt64(maxAttempts - 1))
        #expect(fleet.counters.dropped == 1)
        #expect(fleet.counters.requestsSent == 1)
        #expect(fleet.readingsHeld() == 0)
    }

    @Test func onlyThrottledEntriesAreResentAndTheRestAreDroppedAtTheEnd() {
        // Two records per second: of five entries the first two are accepted, and the retries
        // (at +120 ms and +340 ms) come before the next token.
        var config = F.config(devices: 5, emitUntil: .seconds(1))
        config.batching = BatchingConfig(maxRecords: 5, linger: .seconds(2))
        config.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), jitter: .none)
        var fleet = Fleet(config: config)
        var limits = StreamLimits()
        limits.writeRecordsPerSecond = 2
        var stream = DataStream<Reading>(shardCount: 1, limits: limits)

        let sendAt = fleet.start()[0]!
        let (request, arrival, next) = fleet.send(gateway: 0, now: sendAt)
        #expect(next == nil)
        #expect(fleet.readingsHeld() == 5)
        let ids = fleet.requests[request].entries.map(\.payload.id)

        fleet.arrive(request: request, at: &stream, now: arrival)
        #expect(fleet.requests[request].results.map { $0 == .throttled(shard: 0) } == [false, false, true, true, true])
        let noted1 = fleet.noteAccepted(request: request, entry: 0)
        #expect(noted1)
        let noted2 = fleet.noteAccepted(request: request, entry: 1)
        #expect(noted2)
        #expect(fleet.readingsHeld() == 3)
        var responseAt = fleet.responseArrival(request: request, now: arrival)
        guard case .retry(let retryAt) = fleet.completeResponse(request: request, now: responseAt) else {
            Issue.record("expected a retry")
            return
        }
        #expect(retryAt == responseAt + .milliseconds(100))
        #expect(fleet.requests[request].entries.map(\.payload.id) == Array(ids[2...]))
        #expect(fleet.requests[request].attempt == 2)

        var arrivesAt = fleet.resend(request: request, now: retryAt)
        fleet.arrive(request: request, at: &stream, now: arrivesAt)
        #expect(Array(fleet.requests[request].results) == Array(repeating: .throttled(shard: 0), count: 3))
        responseAt = fleet.responseArrival(request: request, now: arrivesAt)
        guard case .retry(let secondRetry) = fleet.completeResponse(request: request, now: responseAt) else {
            Issue.record("expected a second retry")
            return
        }
        #expect(secondRetry == responseAt + .milliseconds(200))
        arrivesAt = fleet.resend(request: request, now: secondRetry)
        fleet.arrive(request: request, at: &stream, now: arrivesAt)
        #expect(arrivesAt < .zero + .milliseconds(1_500))
        responseAt = fleet.responseArrival(request: request, now: arrivesAt)
        #expect(fleet.completeResponse(request: request, now: responseAt) == .finished(dropped: 3))
        #expect(fleet.counters.dropped == 3)
        #expect(fleet.counters.retries == 2)
        #expect(fleet.readingsHeld() == 0)
        #expect(stream.shards[0].nextOffset == 2)
    }
}
