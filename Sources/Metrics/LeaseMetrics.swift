import SimKernel

/// How many leases each worker of a KCL application held from a moment on.
public struct LeaseSample: Equatable, Sendable {
    public var at: SimTime
    public var perWorker: [Int]
}

/// A KCL application's lease figures: who held which lease, how often leases moved, and how long
/// each shard had no live owner (from its owner's crash until a worker took the lease or the
/// owner came back): the stall a failover costs. Memory grows with lease events (takes, crashes), not
/// with records or simulated time.
public struct LeaseMetrics: Sendable {
    /// Takes of a lease another worker held (expired after a crash, or stolen).
    public internal(set) var transfers: UInt64 = 0
    public internal(set) var steals: UInt64 = 0
    public internal(set) var checkpoints: UInt64 = 0
    public internal(set) var crashes: UInt64 = 0
    /// Per shard: the total time it had no live owner, and the longest such stretch.
    public internal(set) var unowned: [SimDuration] = []
    public internal(set) var longestUnowned: [SimDuration] = []
    /// Leases per worker, one sample per change.
    public internal(set) var timeline: [LeaseSample] = []
    var holder: [Int?] = []
    var unownedSince: [SimTime?] = []
    var alive: [Bool]

    public init(workers: Int) {
        alive = Array(repeating: true, count: workers)
    }

    /// The longest time any shard had no live owner.
    public var longestUnownedOverall: SimDuration { longestUnowned.max() ?? .zero }

    mutating func track(shard: Int, now: SimTime) {
        while holder.count <= shard {
            holder.append(nil)
            unownedSince.append(nil)
            unowned.append(.zero)
            longestUnowned.append(.zero)
        }
    }

    public mutating func recordTaken(shard: Int, worker: Int, previous: Int?, stolen: Bool, now: SimTime) {
        track(shard: shard, now: now)
        if previous != nil { transfers += 1 }
        if stolen { steals += 1 }
        holder[shard] = worker
        endUnowned(shard: shard, now: now)
        sample(now)
    }

    /// The lease of `shard` was given up: stolen (its next owner is recorded at once) or deleted
    /// at SHARD_END (the shard needs no owner any more).
    public mutating func recordDropped(shard: Int, worker: Int, now: SimTime) {
        track(shard: shard, now: now)
        if holder[shard] == worker { holder[shard] = nil }
        unownedSince[shard] = nil
        sample(now)
    }

    public mutating func recordCheckpoint() { checkpoints += 1 }

    /// A worker crashed (its shards have no live owner from now) or started again (those it
    /// still holds have one again).
    public mutating func recordWorker(_ worker: Int, alive isAlive: Bool, now: SimTime) {
        alive[worker] = isAlive
        if !isAlive { crashes += 1 }
        for shard in holder.indices where holder[shard] == worker {
            if isAlive { endUnowned(shard: shard, now: now) } else { unownedSince[shard] = now }
        }
        sample(now)
    }

    mutating func endUnowned(shard: Int, now: SimTime) {
        guard let since = unownedSince[shard] else { return }
        unowned[shard] = unowned[shard] + (now - since)
        longestUnowned[shard] = max(longestUnowned[shard], now - since)
        unownedSince[shard] = nil
    }

    /// Leases per live worker now, appended when it differs from the last sample.
    mutating func sample(_ now: SimTime) {
        var perWorker = Array(repeating: 0, count: alive.count)
        for case let worker? in holder where alive[worker] { perWorker[worker] += 1 }
        guard timeline.last?.perWorker != perWorker else { return }
        if timeline.last?.at == now { timeline.removeLast() }
        timeline.append(LeaseSample(at: now, perWorker: perWorker))
    }

    /// Closes stretches still open at the end of the run.
    mutating func finish(at end: SimTime) {
        for shard in unownedSince.indices { endUnowned(shard: shard, now: end) }
    }
}
