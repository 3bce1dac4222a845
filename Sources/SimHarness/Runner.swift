import AnalyticsModel
import ConsumerModel
import FleetModel
import Metrics
import Scenario
import SimKernel
import StreamModel
import Telemetry
import Verification

/// Builds the world from a `WorldConfig`, runs it to the end of drain, and gathers the result.
///
/// The run advances in slices of simulated time so a caller can show progress between slices;
/// nothing the caller does between slices reaches the simulated world.
public struct Runner {
    var simulation: Simulation<World>
    let config: WorldConfig
    /// The kernel's event budget: a run that needs more stops with an error naming the limit.
    public static let maxEvents: UInt64 = 20_000_000_000

    /// Builds the world's stream from the config. Every run uses `faithfulStream`; the checkers'
    /// canary tests build streams that enforce other limits than the ones the checkers audit.
    public typealias StreamBuilder = (WorldConfig) -> DataStream<Reading>

    public init(config: WorldConfig, stream: StreamBuilder = Runner.faithfulStream) {
        self.config = config
        simulation = Simulation(world: Self.makeWorld(config, stream: stream(config)))
        scheduleStart()
    }

    /// The stream the scenario describes: its shards, limits, retention and visibility delay.
    public static func faithfulStream(_ config: WorldConfig) -> DataStream<Reading> {
        var stream = DataStream<Reading>(shardCount: config.shardCount, limits: config.limits, retention: config.retention,
                                         visibilityDelay: config.visibilityDelay, masterSeed: config.seed)
        // Any run may inject InternalFailure; the substream draws only while such a fault is active.
        stream.internalFailures = InternalFailures(random: SimRandom(masterSeed: config.seed, label: "internal-failure", index: 0))
        return stream
    }

    static func makeWorld(_ config: WorldConfig, stream: DataStream<Reading>) -> World {
        let fleet = Fleet(config: config.fleet)
        var stream = stream
        var apps = ConsumerApps()
        for (index, setup) in config.consumers.enumerated() {
            let reader = stream.registerReader(at: setup.reading.start, checkpointing: setup.kind.checkpoints)
            apps.add(setup.kind, reading: setup.reading, reader: reader,
                     random: SimRandom(masterSeed: config.seed, label: "consumer", index: UInt64(index)))
        }
        let names = config.consumers.map(\.reading.name)
        var metrics = RunMetrics(shardCount: config.shardCount, consumerCount: names.count,
                                 writeRecordsPerSecond: config.limits.writeRecordsPerSecond,
                                 writeBytesPerSecond: config.limits.writeBytesPerSecond)
        for app in apps.wakers { metrics.consumers[app].subscriptions = 0 }
        for (app, setup) in config.consumers.enumerated() {
            if setup.kind.leaseWorkers > 0 { metrics.consumers[app].leases = LeaseMetrics(workers: setup.kind.leaseWorkers) }
            if case .lambda = setup.kind { metrics.consumers[app].invocations = InvocationMetrics() }
            metrics.consumers[app].detections = setup.operators.indices.compactMap { index in
                guard case .anomaly = setup.operators[index] else { return nil }
                return DetectionMetrics(operatorIndex: index)
            }
            metrics.consumers[app].sinks = setup.operators.indices.compactMap { index in
                guard case .sink = setup.operators[index] else { return nil }
                return SinkMetrics(operatorIndex: index)
            }
        }
        let keyTracking = KeyTracking(config.fleet.partitionKey)
        let host = WorldHost(
            stream: stream, metrics: metrics,
            checks: RunChecks(consumerNames: names, shardIDs: stream.shards.map(\.id),
                              keyCount: keyTracking.keyCount(config.fleet), config: config),
            operators: config.consumers.enumerated().map { ConsumerOperators($1.operators, seed: config.seed, consumer: $0) },
            keyTracking: keyTracking, partitionKey: config.fleet.partitionKey,
            epochMillisAtStart: config.fleet.epochMillisAtStart,
            lossSeen: Array(repeating: Array(repeating: 0, count: config.shardCount), count: names.count),
            consumerNames: names, deaggregates: config.fleet.producer.name == "kpl")
        return World(fleet: fleet, apps: apps, host: host, faults: config.faults,
                     consumerIndex: Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) }),
                     operations: config.operations,
                     capacity: CapacityControl(config.capacity, limits: config.limits, shardCount: config.shardCount),
                     runEnd: config.end)
    }

    mutating func scheduleStart() {
        scheduleFaults()
        if simulation.world.fleet.predictsShards { simulation.world.teachShardMap() }
        for (gateway, first) in simulation.world.fleet.start().enumerated() {
            guard let time = first else { continue }
            simulation.queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: time)
        }
        // The world schedules into the queue it is handed: lend it the simulation's queue rather
        // than passing two parts of `simulation` inout at once.
        var queue = EventQueue<WorldEvent>()
        swap(&queue, &simulation.queue)
        simulation.world.apps.broadcast(.start(shards: Array(0..<config.shardCount)), now: .zero,
                                        host: &simulation.world.host, queue: &queue)
        swap(&queue, &simulation.queue)
        if let tick = simulation.world.capacity.tick {
            simulation.queue.schedule(.capacityTick, at: .zero + tick, phase: .control)
        }
        for (index, operation) in config.operations.enumerated() {
            simulation.queue.schedule(.operation(index: Int32(index)), at: .zero + operation.at, phase: .control)
        }
    }

    /// Each fault's start, and its end when it lasts a while, in the control phase: a fault
    /// changes the world before anything else reacts at that instant.
    mutating func scheduleFaults() {
        // Stream operations among the faults have their own events (`config.operations`).
        for (index, fault) in config.faults.enumerated() where WorldConfig.operation(fault) == nil {
            simulation.queue.schedule(.faultBegins(fault: Int32(index)), at: .zero + fault.at, phase: .control)
            if let duration = fault.action.duration {
                simulation.queue.schedule(.faultEnds(fault: Int32(index)), at: .zero + fault.at + duration, phase: .control)
            }
        }
    }

    /// Simulated time reached so far.
    public var now: SimTime { simulation.queue.now }
    public var eventsHandled: UInt64 { simulation.eventsHandled }
    /// Records accepted so far (for progress lines).
    public var acceptedSoFar: UInt64 { simulation.world.host.metrics.accepted }
    /// Their bytes, and the readings the devices emitted so far: the load offered up to `now`.
    public var acceptedBytesSoFar: UInt64 { simulation.world.host.metrics.acceptedBytes }
    public var emittedSoFar: UInt64 { simulation.world.fleet.counters.emitted }
    public var end: SimTime { config.end }

    /// With a value, every model's whole-state audit (`checkInvariants()`) runs after each this
    /// many events: a debugging aid (`simctl run --audit`) that costs time, never changes results.
    public var auditEvery: UInt64?

    /// With objectives, the run stops at the end of the first slice (`advance(until:)`) by which
    /// it has missed one of them for good (`DecidedFailure`): `simctl plan` asks this of its
    /// candidates, so an under-provisioned one costs little. Nil (the default) runs to the end.
    public var stopWhenDecided: SLOSpec?
    /// Set when the run stopped because its verdict was decided: why, and when.
    var decided: (reason: String, at: SimTime)?

    /// Runs up to `until` (capped at the end of the run). Returns false once the run is over.
    public mutating func advance(until: SimTime) -> Bool {
        let bound = min(until, config.end)
        while true {
            let budget = auditEvery.map { min(simulation.eventsHandled + $0, Self.maxEvents) } ?? Self.maxEvents
            let reason = simulation.run(until: bound, maxEvents: budget)
            if auditEvery != nil { audit() }
            switch reason {
            case .eventBudgetExhausted:
                if budget < Self.maxEvents { continue }
                return false
            case .queueEmpty:
                return false
            case .reachedTime:
                return bound < config.end && !decide(at: bound)
            }
        }
    }

    /// Whether the run has missed an objective for good by `now`, when asked to stop then.
    mutating func decide(at now: SimTime) -> Bool {
        guard let slo = stopWhenDecided,
              let reason = DecidedFailure.reason(slo, world: simulation.world, consumerNames: config.consumers.map(\.reading.name),
                                                 at: now) else { return false }
        decided = (reason, now)
        return true
    }

    /// Every model's whole-state audit, and the event queue's.
    func audit() {
        simulation.queue.checkInvariants()
        simulation.world.checkInvariants()
    }

    /// Runs to the end in one go.
    public mutating func runToEnd() -> RunResult {
        while advance(until: config.end) {}
        return finish()
    }

    /// Closes windows, completes the checks and gathers the result, at the end of the drain or
    /// where the run stopped with its verdict decided. A run stopped early is not held to the
    /// end-of-run liveness check: its consumers were never given their drain.
    public mutating func finish() -> RunResult {
        var world = simulation.world
        let end = decided?.at ?? config.end
        let emitting = min(config.duration, end - .zero)
        for consumer in world.host.operators.indices {
            world.host.operators[consumer].finish(at: end)
            world.host.collectDeliveries(consumer: consumer)
        }
        world.host.stream.applyRetention(now: end)
        let readers = (0..<world.apps.count).map { world.apps[$0].reader }
        for (app, reader) in readers.enumerated() {
            for shard in world.host.stream.shards.indices { world.host.accountLoss(app: app, reader: reader, shard: shard) }
        }
        world.host.metrics.finish(at: end)
        world.fleet.takeBacklog(until: end)
        let held = world.fleet.readingsHeld()
        world.host.checks.conservation.observeEmitted(world.fleet.counters.emitted)
        let stream = world.host.stream
        let accepted = stream.shards.map(\.nextOffset)
        let shardIDs = stream.shards.map(\.id)
        let positions = (0..<world.apps.count).map { app in
            let consumer = world.apps[app]
            return accepted.indices.map { consumer.endPosition(shard: $0, in: stream) }
        }
        let names = config.consumers.map(\.reading.name)
        let lost = readers.map { reader in shardIDs.indices.map { stream.lost(reader: reader, shard: $0) } }
        let invariants = [
            world.host.checks.conservation.verify(held: held),
            world.host.checks.delivery.verify(readPositions: positions),
        ] + world.host.checks.streamResults() + [world.host.checks.windowResult(world.host.operators)].compactMap { $0 }
            + (decided != nil ? [] : [
            LivenessCheck.verify(consumerNames: names, shardIDs: shardIDs, acceptedPerShard: accepted, readPositions: positions,
                                 lost: lost),
        ])
        digestFinalFigures(&world, held: held)
        var result = RunResult(
            seed: config.seed, digest: world.host.digest.hex, events: simulation.eventsHandled,
            duration: emitting, drain: (end - .zero) - emitting, metrics: world.host.metrics,
            cost: world.host.metrics.cost(prices: config.prices, emissionEnd: .zero + emitting),
            onDemandCost: world.host.metrics.onDemandCost(prices: config.prices, emissionEnd: .zero + emitting),
            fleet: world.fleet.counters,
            invariants: invariants, windows: windows(of: world), consumerNames: names,
            shardIDs: shardIDs, undelivered: readers.indices.map {
                world.host.checks.delivery.undelivered(consumer: $0, acceptedPerShard: accepted)
            },
            orderViolations: readers.indices.map {
                world.host.checks.order.violationsPerConsumer[$0] + world.host.checks.keyOrder.violationsPerConsumer[$0]
            },
            inFlight: held, lostPerConsumerShard: lost, reshards: world.reshards,
            shards: stream.shards.map(ShardSummary.init), stoppedEarly: stopReason())
        result.scalingDecisions = world.scalingDecisions
        result.usedKPL = world.fleet.usesKPL
        result.rateLimit = world.fleet.config.rateLimit
        // The last deliveries, made by `finish` on this copy, wait for `takeSinkOutput`.
        simulation.world.host.sinkOutbox = world.host.sinkOutbox
        return result
    }

    /// The deliveries of sinks that keep their records (`SinkConfig.keepsRecords`) since the last
    /// call: call it between slices and after `finish` to write them out.
    public mutating func takeSinkOutput() -> [SinkOutput] {
        defer { simulation.world.host.sinkOutbox.removeAll() }
        return simulation.world.host.sinkOutbox
    }

    func stopReason() -> EarlyStop? {
        if let decided { return .decided(decided.reason) }
        guard simulation.eventsHandled >= Self.maxEvents else { return nil }
        return .kernelLimit("the run needed more than \(Self.maxEvents) events (kernel limit maxEvents) and stopped at \(now)")
    }

    /// The final counts also enter the digest, so two runs agree only if they agree on them.
    func digestFinalFigures(_ world: inout World, held: UInt64) {
        let counters = world.fleet.counters
        for figure in [counters.emitted, counters.dropped, counters.anomaliesInjected, held,
                       world.host.metrics.accepted, world.host.metrics.duplicates, world.host.metrics.throttledEntries,
                       world.host.metrics.getCalls, world.host.metrics.throttledGetCalls, simulation.eventsHandled] {
            world.host.digest.add(figure)
        }
    }

    func windows(of world: World) -> [OperatorWindows] {
        var all: [OperatorWindows] = []
        for (consumer, operators) in world.host.operators.enumerated() {
            for (index, windows) in operators.allWindows {
                all.append(OperatorWindows(consumer: config.consumers[consumer].reading.name, operatorIndex: index,
                                           groups: windows.groups, aggregates: windows.config.aggregates, results: windows.results,
                                           lateDropped: windows.lateDropped, lateByWindow: windows.lateByWindow))
            }
        }
        return all
    }
}
