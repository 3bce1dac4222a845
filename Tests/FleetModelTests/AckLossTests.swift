import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// A lost response makes the gateway resend the whole request; the stream accepts the readings
/// again under new sequence numbers (P10), and `noteAccepted` reports them as duplicates.
struct AckLossTests {
    typealias F = FleetFixture

    @Test func test_P10_lostAckResendsAFullyAcceptedRequestAndReportsDuplicates() {
        var config = F.config(devices: 4, emitUntil: .seconds(1))
        config.batching = BatchingConfig(maxRecords: 4, linger: .seconds(2))
        config.ackLossRate = 1
        config.retry = RetryPolicy(maxAttempts: 2, jitter: .none)
        var fleet = Fleet(config: config)
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())

        let (request, arrival, _) = fleet.send(gateway: 0, now: fleet.start()[0]!)
        let ids = fleet.requests[request].entries.map(\.payload.id)
        fleet.arrive(request: request, at: &stream, now: arrival)
        #expect(Array(fleet.requests[request].results) == (0..<4).map { .accepted(shard: 0, offset: UInt64($0)) })
        let firstNotes = (0..<4).map { fleet.noteAccepted(request: request, entry: $0) }
        #expect(firstNotes == [true, true, true, true])
        #expect(fleet.readingsHeld() == 0)

        let responseAt = fleet.responseArrival(request: request, now: arrival)
        guard case .retry(let retryAt) = fleet.completeResponse(request: request, now: responseAt) else {
            Issue.record("a lost response must be retried")
            return
        }
        #expect(fleet.counters.lostResponses == 1)
        #expect(fleet.requests[request].entries.map(\.payload.id) == ids)  // the whole request again

        let again = fleet.resend(request: request, now: retryAt)
        fleet.arrive(request: request, at: &stream, now: again)
        #expect(Array(fleet.requests[request].results) == (4..<8).map { .accepted(shard: 0, offset: UInt64($0)) })
        let secondNotes = (0..<4).map { fleet.noteAccepted(request: request, entry: $0) }
        #expect(secondNotes == [false, false, false, false])
        #expect(stream.shards[0].nextOffset == 8)  // the stream does not deduplicate
        #expect((0..<4).map { stream.record(shard: 0, offset: UInt64($0 + 4)).payload.id } == ids)

        // Attempts exhausted: finished, nothing dropped since every reading was accepted once.
        let secondResponse = fleet.responseArrival(request: request, now: again)
        #expect(fleet.completeResponse(request: request, now: secondResponse) == .finished(dropped: 0))
        #expect(fleet.counters.lostResponses == 2)
        #expect(fleet.counters.dropped == 0)
    }

    @Test func noteAcceptedIsTrueOnlyTheFirstTime() {
        var fleet = Fleet(config: F.config(devices: 2, emitUntil: .seconds(1)))
        let (request, _, _) = fleet.send(gateway: 0, now: fleet.start()[0]!)
        let noted1 = fleet.noteAccepted(request: request, entry: 0)
        #expect(noted1)
        let noted2 = fleet.noteAccepted(request: request, entry: 0)
        #expect(!noted2)
        let noted3 = fleet.noteAccepted(request: request, entry: 0)
        #expect(!noted3)
    }

    @Test func withoutAckLossAFullyAcceptedRequestFinishes() {
        var fleet = Fleet(config: F.config(devices: 3, emitUntil: .seconds(1)))
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        let (request, arrival, _) = fleet.send(gateway: 0, now: fleet.start()[0]!)
        fleet.arrive(request: request, at: &stream, now: arrival)
        for index in fleet.requests[request].results.indices { _ = fleet.noteAccepted(request: request, entry: index) }
        #expect(fleet.completeResponse(request: request, now: fleet.responseArrival(request: request, now: arrival))
                    == .finished(dropped: 0))
        #expect(fleet.counters.retries == 0)
        #expect(fleet.counters.lostResponses == 0)
    }
}
