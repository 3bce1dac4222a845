import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// The producer seam: the fleet keeps what its library settles and resends when it says, and
/// a library without an attempt bound is not held to one.
struct ProducerLibraryTests {
    typealias F = FleetFixture

    /// Resends everything not accepted, a fixed 10 ms later, without limit.
    struct Persistent: ProducerLibrary {
        var attemptLimit: Int? { nil }
        func settle(_ request: inout PutRequest) { request.keepEntries { _, result in !result.isAccepted } }
        func resendTime(of request: PutRequest, random: inout SimRandom, now: SimTime) -> SimTime? { now + .milliseconds(10) }
    }

    @Test func aPluggedInLibraryDecidesWhenAndHowOftenEntriesAreResent() {
        var config = F.config(devices: 1, emitUntil: .seconds(1), seed: 3)
        config.producer = .plugin(Persistent())
        var fleet = Fleet(config: config)
        #expect(fleet.attemptLimit == nil)
        var stream = F.throttlingStream()
        let (request, arrival, _) = fleet.send(gateway: 0, now: fleet.start()[0]!)
        var arrivesAt = arrival
        // Past the SDK's default of 3 attempts, the request is still resent.
        for attempt in 1...10 {
            fleet.arrive(request: request, at: &stream, now: arrivesAt)
            let responseAt = fleet.responseArrival(request: request, now: arrivesAt)
            #expect(fleet.completeResponse(request: request, now: responseAt) == .retry(at: responseAt + .milliseconds(10)))
            #expect(fleet.requests[request].attempt == attempt + 1)
            arrivesAt = fleet.resend(request: request, now: responseAt + .milliseconds(10))
            fleet.checkInvariants()
        }
        #expect(fleet.counters.dropped == 0)
        #expect(fleet.readingsHeld() == 1)
    }

    @Test func settlingKeepsTheChosenEntriesInOrder() {
        var fleet = Fleet(config: F.config(devices: 1, emitUntil: .seconds(1), seed: 3))
        let sent = fleet.requests[fleet.send(gateway: 0, now: fleet.start()[0]!).request].entries[0]
        var request = PutRequest()
        // Five entries told apart by their size.
        request.entries = ContiguousArray((0..<5).map { index in
            var entry = sent
            entry.dataBytes = Int32(index)
            return entry
        })
        request.acceptedBefore = [false, false, true, false, false]
        request.results = [.accepted(shard: 0, offset: 0), .throttled(shard: 0), .internalFailure,
                           .accepted(shard: 0, offset: 1), .throttled(shard: 1)]
        request.keepEntries { _, result in !result.isAccepted }
        #expect(request.entries.map(\.dataBytes) == [1, 2, 4])
        #expect(request.acceptedBefore == [false, true, false])
    }
}
