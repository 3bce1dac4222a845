import SimKernel
import StreamModel
import Telemetry

/// Counts the fleet keeps of what it did.
public struct FleetCounters: Sendable {
    public var emitted: UInt64 = 0
    public var anomaliesInjected: UInt64 = 0
    /// Readings given up: retries exhausted, or the request was invalid.
    public var dropped: UInt64 = 0
    public var requestsSent: UInt64 = 0
    public var retries: UInt64 = 0
    public var invalidRequests: UInt64 = 0
    /// Responses lost on the way back (`ackLossRate`), and responses later than `retry.timeout`.
    public var lostResponses: UInt64 = 0
    public var timeouts: UInt64 = 0
    /// Readings (or resent entries) that went into offline queues.
    public var offlineHeld: UInt64 = 0
    /// Readings offline queues gave up when full (also counted in `dropped`).
    public var offlineDropped: UInt64 = 0
    /// KPL: Kinesis records formed (aggregated or not), those that waited on a shard limiter
    /// (any producer: entries whose send waited), and user records given up at `RecordTtl` (also
    /// counted in `dropped`).
    public var kinesisRecords: UInt64 = 0
    public var rateLimited: UInt64 = 0
    public var expired: UInt64 = 0
    /// KPL requests that failed at once because their gateway was offline (their records retried).
    public var unreachable: UInt64 = 0
    /// KPL user records accepted in a shard its map did not place them in, and retried; and
    /// those that succeeded in a record consumers discard (lost; also counted in `dropped`).
    public var wrongShard: UInt64 = 0
    public var discarded: UInt64 = 0
    /// Requests that drained offline queues after reconnecting.
    public var drainRequests: UInt64 = 0
    /// Entries held in offline queues now, over all gateways, and the most there ever were.
    public var offlineQueued = 0
    public var peakOfflineQueued = 0
}

/// The fleet: devices emitting readings, gateways batching them into PutRecords requests (or
/// sending them one PutRecord at a time), over a lossy uplink, retrying failed entries.
///
/// A passive model driven by the world: it says when each gateway sends next and when each
/// request arrives, and the world schedules those events. A gateway fills its next batch in one
/// step, pulling every reading due until the batch closes (by count, bytes or linger), each with
/// its exact emission time, so there is one event per request rather than one per reading.
/// Fault model: the uplink delays requests and responses (`uplinkLatency`) and may lose a
/// response (`ackLossRate`), in which case the gateway resends the whole request (P10).
public struct Fleet {
    public let config: FleetConfig
    /// The devices' reading sources and cadences, and how a device is made and moves on.
    let models: DeviceModels
    var devices: [Device]
    var gateways: [Gateway]
    public internal(set) var requests: [PutRequest] = []
    var freeRequests: [Int] = []
    let constantKey: (hash: UInt128, length: Int32)?
    /// Under `partitionKey: zipf`, the keys and their weights.
    let zipfKeys: ZipfKeys?
    /// Under `partitionKey: timestamp-ms`, the last millisecond keyed and its hash key: readings
    /// of one millisecond share it, and hashing is the costly part.
    var lastMillisecondKey: (millis: Int64, hash: UInt128, length: Int32)?
    public internal(set) var counters = FleetCounters()
    /// The client library that settles responses (`config.producer`), for the producers that
    /// resend requests (nil for the KPL, which rebuffers).
    let producer: (any ProducerLibrary)?
    /// The KPL's settings when the gateways use it, its view of the shards and a wake's scratch.
    let kpl: KPLConfig?
    /// The OPEN shards as ListShards would list them now (the world keeps it current); the SDK's
    /// limiters predict by it, each KPL gateway by its own copy.
    var listedShards = ShardMap()
    var kplWork = KPLWork()
    /// Requests wait for per-shard limiters (`fleet.rateLimit` with a producer that sends whole
    /// requests), and the scratch space of that check.
    let limitsRequests: Bool
    var shares = ShardShares()

    public init(config: FleetConfig) {
        self.config = config
        producer = config.producer.library(retry: config.retry)
        if case .kpl(let settings) = config.producer { kpl = settings } else { kpl = nil }
        limitsRequests = kpl == nil && config.rateLimit != nil
        models = DeviceModels(config: config)
        gateways = config.putModes.enumerated().flatMap { slot, mode in
            (0..<config.gateways).map { physical in
                let id = DeviceIdentity.gatewayID(index: UInt32(physical))
                let sender = slot * config.gateways + physical
                return Gateway(physical: physical, putMode: mode,
                               random: SimRandom(masterSeed: config.masterSeed, label: "gateway", index: UInt64(sender)),
                               hashKey: PartitionKeyHash.hashKey(for: id), keyLength: Int32(id.utf8.count))
            }
        }
        if case .constant(let key) = config.partitionKey {
            constantKey = (PartitionKeyHash.hashKey(for: key), Int32(key.utf8.count))
        } else {
            constantKey = nil
        }
        if case .zipf(let keys, let exponent) = config.partitionKey {
            zipfKeys = ZipfKeys(count: keys, exponent: exponent)
        } else {
            zipfKeys = nil
        }
        devices = []
        devices.reserveCapacity(config.deviceCount)
        for (group, spec) in config.groups.enumerated() {
            for _ in 0..<spec.count { devices.append(models.makeDevice(index: UInt32(devices.count), group: group)) }
        }
        storeByGateway()
    }

    /// Reorders the devices so each sender's devices are adjacent in memory (a sender touches
    /// only its own devices while it fills a batch: this keeps them in cache), then puts each
    /// device's first emission on its sender's schedule: a lane per group of fixed cadence, the
    /// heap for the others. A lane needs every device of its group to keep one interval (a
    /// device re-enters at the back of its lane); jitter breaks that, and so does a traffic
    /// burst, which shortens the gaps of devices already inside it while others of the group
    /// still wait out a long one, so a burst's groups are on the heap for the whole run.
    mutating func storeByGateway() {
        // A group written in the fleet's put mode goes to the gateway's first sender, the
        // others to its second (`senders`).
        let offsets = config.groups.indices.map { config.putMode(ofGroup: $0) == config.putMode ? 0 : config.gateways }
        let sender = { (device: Device) in Int(device.gateway) + offsets[device.group] }
        var bySender = Array(repeating: [Device](), count: gateways.count)
        for device in devices { bySender[sender(device)].append(device) }
        devices = bySender.flatMap { $0 }
        var lanes = Array(repeating: Array(repeating: [(slot: UInt32, time: SimTime)](), count: config.groups.count),
                          count: gateways.count)
        for (slot, device) in devices.enumerated() where device.nextEmission < config.emitUntil {
            if models.cadences[device.group].isFixed {
                lanes[sender(device)][device.group].append((UInt32(slot), device.nextEmission))
            } else {
                gateways[sender(device)].schedule.addJittered(UInt32(slot), at: device.nextEmission)
            }
        }
        for (gateway, groups) in lanes.enumerated() {
            for lane in groups where !lane.isEmpty { gateways[gateway].schedule.addLane(lane) }
        }
    }

    /// The put mode sender `gateway` writes in.
    public func putMode(gateway: Int) -> PutMode { gateways[gateway].putMode }

    /// Entries per request of sender `gateway`: one PutRecord's, or up to `batching.maxRecords`.
    func entriesPerRequest(gateway: Int) -> Int { gateways[gateway].putMode.entriesPerRequest(config.batching) }

    /// The most attempts the producer library makes per entry (nil: no fixed bound).
    public var attemptLimit: Int? { producer?.attemptLimit }

    /// The senders of gateway `physical`: one per put mode the fleet writes in.
    public func senders(of physical: Int) -> StrideTo<Int> {
        stride(from: physical, to: gateways.count, by: config.gateways)
    }

    /// Fills every sender's first batch; returns each sender's first send (or KPL wake) time
    /// (nil: none). Events and requests name senders; where a fleet has one put mode, the
    /// senders are the gateways.
    public mutating func start() -> [SimTime?] {
        (0..<gateways.count).map { usesKPL ? startKPL(gateway: $0) : assembleBatch(gateway: $0, now: .zero) }
    }

    /// Readings emitted but neither accepted by the stream nor dropped, counted from the
    /// buffers themselves (not from a counter), so that a reading lost by a bug shows up.
    public func readingsHeld() -> UInt64 {
        var held: UInt64 = 0
        for gateway in gateways {
            held += UInt64(gateway.batch.count) + (gateway.carry == nil ? 0 : 1) + gateway.backlog
                + UInt64(gateway.offline.unacceptedCount) + kplReadingsHeld(gateway: gateway)
        }
        for request in requests where request.inUse {
            held += UInt64(request.users.isEmpty ? request.acceptedBefore.lazy.filter { !$0 }.count
                                                 : request.users.lazy.filter { !$0.acceptedBefore }.count)
        }
        return held
    }
}
