import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Configurations and drivers shared by the FleetModel tests.
enum FleetFixture {
    static let epochMillis: Int64 = 1_767_225_600_000

    /// A fleet of `devices` temperature sensors (no anomalies) behind `gateways` gateways, with a
    /// constant 10 ms uplink so that arrival times are exact.
    static func config(gateways: Int = 1, devices: Int, kind: DeviceKind = .temperature,
                       interval: SimDuration = .seconds(1), jitter: SimDuration = .zero,
                       emitUntil: SimDuration = .seconds(5), seed: UInt64 = 7) -> FleetConfig {
        let group = DeviceGroupConfig(kind: kind, count: devices, interval: interval, jitter: jitter, anomalyRate: 0)
        var config = FleetConfig(gateways: gateways, groups: [group], emitUntil: .zero + emitUntil,
                                 epochMillisAtStart: epochMillis, masterSeed: seed)
        config.uplinkLatency = .constant(.milliseconds(10))
        return config
    }

    /// A stream that throttles every record: a 1-byte byte bucket holds no real reading.
    static func throttlingStream() -> DataStream<Reading> {
        var limits = StreamLimits()
        limits.writeBytesPerSecond = 1
        return DataStream(shardCount: 1, limits: limits)
    }
}

/// One batch as a gateway sent it.
struct SentBatch {
    var gateway: Int
    var sentAt: SimTime
    var arrivesAt: SimTime
    var request: Int
    var entries: [PutEntry<Reading>]

    var bytes: Int64 { entries.reduce(0) { $0 + $1.recordBytes } }
    var first: PutEntry<Reading> { entries[0] }
    var last: PutEntry<Reading> { entries[entries.count - 1] }
}

extension Fleet {
    /// Starts the fleet and sends every batch of every gateway in time order (ties: lower
    /// gateway first), never answering any request.
    mutating func sendAll() -> [SentBatch] {
        var next = start()
        var sent: [SentBatch] = []
        while let gateway = next.indices.filter({ next[$0] != nil }).min(by: { next[$0]! < next[$1]! }) {
            let now = next[gateway]!
            let (request, arrivesAt, nextSend) = send(gateway: gateway, now: now)
            sent.append(SentBatch(gateway: gateway, sentAt: now, arrivesAt: arrivesAt, request: request,
                                  entries: Array(requests[request].entries)))
            next[gateway] = nextSend
        }
        return sent
    }

    /// Each device's readings in emission order, keyed by device index.
    static func readingsByDevice(_ batches: [SentBatch]) -> [UInt32: [Reading]] {
        var byDevice: [UInt32: [Reading]] = [:]
        for batch in batches {
            for entry in batch.entries { byDevice[entry.payload.device, default: []].append(entry.payload) }
        }
        return byDevice.mapValues { $0.sorted { $0.id.sequence < $1.id.sequence } }
    }
}

/// A small world: sends, arrivals at the stream, responses and retries, in time order, with the
/// conservation check after every event.
struct MiniWorld {
    enum Event { case send(gateway: Int), arrive(request: Int), response(request: Int), resend(request: Int) }

    var fleet: Fleet
    var stream: DataStream<Reading>
    var queue = EventQueue<Event>()
    /// Distinct readings the stream accepted, and duplicate acceptances.
    var accepted: UInt64 = 0
    var duplicates: UInt64 = 0
    /// Per gateway, the sequence numbers its single-mode calls were given, in arrival order.
    var numbersByGateway: [UInt32: [SequenceNumber]] = [:]
    /// What happened, for determinism comparisons.
    var log: [String] = []

    init(fleet: Fleet, stream: DataStream<Reading>) {
        self.fleet = fleet
        self.stream = stream
    }

    /// Runs to the end; after every event calls `check`.
    mutating func run(check: (MiniWorld) -> Void = { _ in }) {
        for (gateway, time) in fleet.start().enumerated() {
            if let time { queue.schedule(.send(gateway: gateway), at: time) }
        }
        while let event = queue.popNext() {
            let now = event.time
            switch event.payload {
            case .send(let gateway):
                let (request, arrivesAt, next) = fleet.send(gateway: gateway, now: now)
                let ids = fleet.requests[request].entries.map { "\($0.payload.id.rawValue)@\($0.payload.emittedAt.nanoseconds)" }
                log.append("\(now.nanoseconds) send g\(gateway) r\(request) \(ids)")
                queue.schedule(.arrive(request: request), at: arrivesAt)
                if let next { queue.schedule(.send(gateway: gateway), at: next) }
            case .arrive(let request):
                fleet.arrive(request: request, at: &stream, now: now)
                for (index, result) in fleet.requests[request].results.enumerated() {
                    guard case .accepted = result else { continue }
                    if fleet.noteAccepted(request: request, entry: index) { accepted += 1 } else { duplicates += 1 }
                }
                if let number = fleet.requests[request].sequenceNumber {
                    numbersByGateway[fleet.requests[request].gateway, default: []].append(number)
                }
                log.append("\(now.nanoseconds) arrive r\(request) \(fleet.requests[request].results)")
                queue.schedule(.response(request: request), at: fleet.responseArrival(request: request, now: now))
            case .response(let request):
                let gateway = Int(fleet.requests[request].gateway)
                let fate = fleet.completeResponse(request: request, now: now)
                log.append("\(now.nanoseconds) response r\(request) \(fate)")
                if case .retry(let at) = fate { queue.schedule(.resend(request: request), at: at) }
                if case .finished = fate, let next = fleet.sendAfterResponse(gateway: gateway, now: now) {
                    queue.schedule(.send(gateway: gateway), at: next)
                }
            case .resend(let request):
                queue.schedule(.arrive(request: request), at: fleet.resend(request: request, now: now))
            }
            check(self)
        }
    }
}
