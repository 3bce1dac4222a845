import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `retry.timeout`: a response later than the timeout, counted from when the request left the
/// gateway, is treated as lost. The gateway gives up at `sent + timeout` and resends every
/// entry; the stream had taken them, so the resend makes duplicates and loses nothing.
struct RequestTimeoutTests {
    typealias F = FleetFixture

    static func fleet(uplink: SimDuration, timeout: SimDuration) -> Fleet {
        var config = F.config(devices: 4, emitUntil: .seconds(1))
        config.batching = BatchingConfig(maxRecords: 4, linger: .seconds(2))
        config.uplinkLatency = .constant(uplink)
        config.retry = RetryPolicy(maxAttempts: 2, jitter: .none, timeout: timeout)
        return Fleet(config: config)
    }

    @Test func test_P10_aSlowResponseTimesOutAtTheTimeoutAndTheResendDuplicates() {
        var fleet = Self.fleet(uplink: .seconds(1), timeout: .milliseconds(1_500))
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        let sentAt = fleet.start()[0]!
        let (request, arrival, _) = fleet.send(gateway: 0, now: sentAt)
        fleet.arrive(request: request, at: &stream, now: arrival)
        #expect((0..<4).allSatisfy { fleet.noteAccepted(request: request, entry: $0) })

        // The response would arrive 2 s after sending: the gateway gives up at 1.5 s.
        let settledAt = fleet.responseArrival(request: request, now: arrival)
        #expect(settledAt == sentAt + .milliseconds(1_500))
        #expect(fleet.counters.timeouts == 1)
        guard case .retry(let retryAt) = fleet.completeResponse(request: request, now: settledAt) else {
            Issue.record("a timed-out request must be resent")
            return
        }
        #expect(fleet.requests[request].entries.count == 4)  // every entry, accepted or not
        #expect(fleet.counters.lostResponses == 0)

        let again = fleet.resend(request: request, now: retryAt)
        fleet.arrive(request: request, at: &stream, now: again)
        #expect((0..<4).allSatisfy { !fleet.noteAccepted(request: request, entry: $0) })  // duplicates
        let secondSettled = fleet.responseArrival(request: request, now: again)
        #expect(secondSettled == retryAt + .milliseconds(1_500))  // the clock restarts with each attempt
        // Attempts exhausted, but every reading was accepted once: nothing dropped.
        #expect(fleet.completeResponse(request: request, now: secondSettled) == .finished(dropped: 0))
        #expect(fleet.counters.timeouts == 2 && fleet.counters.dropped == 0)
        #expect(stream.shards[0].nextOffset == 8)
    }

    /// A request that reaches the stream only after the timeout is given up when it arrives:
    /// its slot waits for the stream to process it.
    @Test func test_P10_aRequestSlowerThanTheTimeoutOnTheWayOutIsGivenUpAtItsArrival() {
        var fleet = Self.fleet(uplink: .seconds(2), timeout: .seconds(1))
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        let (request, arrival, _) = fleet.send(gateway: 0, now: fleet.start()[0]!)
        fleet.arrive(request: request, at: &stream, now: arrival)
        #expect(fleet.responseArrival(request: request, now: arrival) == arrival)
        #expect(fleet.requests[request].timedOut)
    }

    /// Exactly the timeout is in time: only a later response times out.
    @Test func test_P10_aResponseAtExactlyTheTimeoutIsInTime() {
        var fleet = Self.fleet(uplink: .seconds(1), timeout: .seconds(2))
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        let sentAt = fleet.start()[0]!
        let (request, arrival, _) = fleet.send(gateway: 0, now: sentAt)
        fleet.arrive(request: request, at: &stream, now: arrival)
        for entry in 0..<4 { _ = fleet.noteAccepted(request: request, entry: entry) }
        let settledAt = fleet.responseArrival(request: request, now: arrival)
        #expect(settledAt == sentAt + .seconds(2) && !fleet.requests[request].timedOut)
        #expect(fleet.completeResponse(request: request, now: settledAt) == .finished(dropped: 0))
        #expect(fleet.counters.timeouts == 0)
    }
}
