import AnalyticsModel
import SimKernel
import StreamModel
import Telemetry
import Verification

/// The run's invariant checkers, fed by the world as things happen.
struct RunChecks {
    var conservation = ConservationCheck()
    var order: ShardOrderCheck
    var delivery: DeliveryCheck
    var keyOrder: KeyOrderCheck
    var writeAudit: WriteThrottleAudit
    var readAudit: ReadLimitAudit
    var retention: RetentionAudit
    /// Only for runs with checkpointing consumers (KCL).
    var checkpoints: CheckpointCheck?
    var leases: LeaseCheck?
    /// Checks nothing in runs without window operators (no feeds), and is left out of their results.
    var windows: WindowCompletenessCheck
    /// Per consumer, its window operators' places in `windows` and how each reads a record's
    /// time: one flat list, each consumer's a range of it, so feeding retains no inner array.
    let windowFeeds: ContiguousArray<WindowFeed>
    let windowFeedRanges: [Range<Int>]
    /// The gateways' clocks, which stamp the event time the window check places records by.
    let clocks: GatewayClocks

    init(consumerNames: [String], shardIDs: [String], keyCount: Int, config: WorldConfig) {
        order = ShardOrderCheck(consumerNames: consumerNames, shardIDs: shardIDs, checked: config.consumers.map(\.kind.keepsShardOrder))
        delivery = DeliveryCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        keyOrder = KeyOrderCheck(consumerNames: consumerNames, keyCount: keyCount)
        writeAudit = WriteThrottleAudit(shardIDs: shardIDs, model: config.limits.writeThrottling,
                                        recordsPerSecond: config.limits.writeRecordsPerSecond,
                                        bytesPerSecond: config.limits.writeBytesPerSecond)
        readAudit = ReadLimitAudit(shardIDs: shardIDs, callsPerSecond: config.limits.readCallsPerSecond,
                                   bytesPerSecond: config.limits.readBytesPerSecond)
        retention = RetentionAudit(retention: config.retention, shardIDs: shardIDs)
        if config.consumers.contains(where: { $0.kind.checkpoints }) {
            checkpoints = CheckpointCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        }
        clocks = config.fleet.clocks
        let (check, feeds) = Self.windowChecks(config)
        windows = check
        windowFeeds = ContiguousArray(feeds.joined())
        var start = 0
        windowFeedRanges = feeds.map { list in
            defer { start += list.count }
            return start..<(start + list.count)
        }
        let workers = config.consumers.map(\.kind.leaseWorkers)
        if workers.contains(where: { $0 > 0 }) {
            leases = LeaseCheck(consumerNames: consumerNames, shardIDs: shardIDs, workers: workers)
        }
    }

    /// Notes a processed record; returns false for a redelivery.
    mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, now: SimTime) -> Bool {
        order.observeDelivery(consumer: consumer, shard: shard, offset: offset, atMillis: now.milliseconds)
        return delivery.observeDelivery(consumer: consumer, shard: shard, offset: offset)
    }

    /// The completeness check of every window operator (nil without any), and the feeds to it.
    static func windowChecks(_ config: WorldConfig) -> (WindowCompletenessCheck, [[WindowFeed]]) {
        var geometries: [WindowCompletenessCheck.Geometry] = []
        let feeds = config.consumers.map { consumer in
            consumer.operators.indices.compactMap { index -> WindowFeed? in
                guard let window = consumer.operators[index].windowConfig else { return nil }
                geometries.append(.init(label: "\(consumer.reading.name)/\(index)", sizeNs: window.size.nanoseconds,
                                        slideNs: window.slide.nanoseconds))
                return WindowFeed(check: geometries.count - 1, eventTime: window.time == .event,
                                  epochOffsetNs: window.epochMillisAtStart * 1_000_000)
            }
        }
        return (WindowCompletenessCheck(operators: geometries), feeds)
    }

    /// Feeds a processed record to the completeness check of each of the consumer's window operators.
    @inline(__always)
    mutating func observeWindowed(_ reading: Reading, consumer: Int, arrivedAt: SimTime) {
        for position in windowFeedRanges[consumer] {
            let feed = windowFeeds[position]
            let timeNs = feed.eventTime ? reading.emittedAt.nanoseconds + clocks.skewNanoseconds(of: reading) : arrivedAt.nanoseconds
            windows.observe(operator: feed.check, timeNs: feed.epochOffsetNs + timeNs, value: reading.value)
        }
    }

    /// A reshard opened shard `id` at `now`.
    mutating func addShard(id: String, now: SimTime) {
        order.addShard(id: id)
        delivery.addShard(id: id)
        writeAudit.addShard(id: id)
        readAudit.addShard(id: id, now: now)
        retention.addShard(id: id)
        checkpoints?.addShard(id: id)
        leases?.addShard(id: id)
    }

    /// The completeness check's verdict on the operators' final windows (nil without windows).
    func windowResult(_ operators: [ConsumerOperators]) -> InvariantResult? {
        guard !windowFeeds.isEmpty else { return nil }
        let all = operators.flatMap { $0.allWindows.map(\.windows) }
        return windows.verify(
            results: all.map { $0.results.map { .init(startMs: $0.start, records: $0.count, sum: $0.sum) } },
            late: all.map { $0.lateByWindow.map { .init(startMs: $0.start, records: $0.records, sum: 0) } })
    }

    /// Every checker's verdict at the end of a run (liveness and conservation need end-of-run
    /// figures and are computed by the runner).
    func streamResults() -> [InvariantResult] {
        [order.result(), keyOrder.result(), writeAudit.result(), readAudit.result(), retention.result()]
            + [checkpoints?.result(), leases?.result()].compactMap { $0 }
    }
}

/// Where a window operator's records go in the completeness check, and which time places them.
struct WindowFeed {
    let check: Int
    let eventTime: Bool
    let epochOffsetNs: Int64
}
