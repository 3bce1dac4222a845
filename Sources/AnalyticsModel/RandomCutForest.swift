import SimKernel

/// The settings of a `RandomCutForest`; the defaults are Kinesis Data Analytics SQL's
/// `RANDOM_CUT_FOREST` (`numberOfTrees` 100, `subSampleSize` 256, `timeDecay` 100000,
/// `shingleSize` 1).
public struct RandomCutForestConfig: Sendable, Equatable {
    public var trees: Int
    /// Points each tree samples from the stream.
    public var sampleSize: Int
    /// λ, per point: a point's weight in the samples falls by a factor `e` every `1/λ` later points.
    /// KDA's `timeDecay` of 100000 is that horizon in records, so λ = 1/100000; 0 samples the
    /// whole stream uniformly.
    public var timeDecay: Double
    /// Points the forest must have seen before it scores: until then every score is 0, as KDA
    /// reports during its initial learning.
    public var outputAfter: Int

    /// - Parameter outputAfter: defaults to a quarter of `sampleSize`, the library's default.
    public init(trees: Int = 100, sampleSize: Int = 256, timeDecay: Double = 1.0 / 100_000, outputAfter: Int? = nil) {
        self.trees = trees
        self.sampleSize = sampleSize
        self.timeDecay = timeDecay
        self.outputAfter = outputAfter ?? sampleSize / 4
    }
}

/// A random cut forest anomaly scorer for a stream of scalars (shingle size 1: each point is one
/// value; points of more dimensions are not supported), following AWS's `random-cut-forest-by-aws`
/// library and Kinesis Data Analytics' `RANDOM_CUT_FOREST`.
///
/// Each tree samples the stream on its own (`TimeDecayedSampler`) and holds its sample in a random
/// cut tree (`RandomCutTree`). A point is scored before it updates the forest: the score is the
/// mean over the trees of the library's default anomaly score, each normalised by
/// `log2(treeMass + 1)`. A value like those the trees hold scores about 1 or less; a value that
/// random cuts isolate at once scores up to `log2(sampleSize + 1)`, about 8 for 256.
///
/// Deterministic: all randomness comes from the `SimRandom` given at creation, split into one
/// substream per tree, and nothing depends on hashing or the clock, so the same seed and the same
/// values give bit-identical scores.
///
/// Cost: per point, one root-to-leaf walk and back per tree to score, and per tree two logarithms
/// to draw the sampling weight; a point the sampler admits adds an insertion and, once the sample
/// is full, a deletion, each O(depth). Memory is allocated up front (`2 · sampleSize − 1` nodes and
/// `sampleSize` sample slots per tree), so scoring and updating allocate nothing.
public struct RandomCutForest: Sendable {
    public let config: RandomCutForestConfig
    /// Points scored and added so far; also the sequence index of the next one.
    public private(set) var pointsSeen = 0
    private(set) var members: ContiguousArray<SampledTree>
    /// `log2(k + 1)` at index `k`, for every mass a tree or leaf can have: the score's normaliser
    /// and the seen-leaf term, computed once with `SimMath` so they are the same on every machine.
    let log2OnePlus: ContiguousArray<Double>

    /// - Precondition: at least one tree, a sample size from 2 to 2^30 (node indices are
    ///   `Int32`), a finite non-negative `timeDecay` and a non-negative `outputAfter`.
    public init(config: RandomCutForestConfig, random: SimRandom) {
        modelPrecondition(config.trees >= 1, "a random cut forest needs at least one tree: \(config.trees)")
        modelPrecondition((2...1 << 30).contains(config.sampleSize),
                          "random cut forest sample size must be from 2 to 2^30: \(config.sampleSize)")
        modelPrecondition(config.timeDecay >= 0 && config.timeDecay.isFinite,
                          "random cut forest timeDecay must be finite and not negative: \(config.timeDecay)")
        modelPrecondition(config.outputAfter >= 0, "random cut forest outputAfter cannot be negative: \(config.outputAfter)")
        self.config = config
        var random = random
        members = ContiguousArray((0..<config.trees).map { _ in
            SampledTree(sampleSize: config.sampleSize, timeDecay: config.timeDecay, random: SimRandom(seed: random.next()))
        })
        let ln2 = SimMath.log(2)
        log2OnePlus = ContiguousArray((0...config.sampleSize).map { SimMath.log(Double($0 + 1)) / ln2 })
    }

    /// Scores `value` against the forest, then adds it to every tree's sampler (and to the tree if
    /// admitted). Returns the score, or 0 while the forest has seen fewer than `outputAfter` points.
    /// - Precondition: `|value| < 2^1022`, so that every range stays finite (NaN is refused too).
    public mutating func scoreThenUpdate(_ value: Double) -> Double {
        modelPrecondition(value.magnitude < 0x1p1022, "random cut forest value out of range: \(value)")
        let score = pointsSeen >= config.outputAfter ? anomalyScore(of: value) : 0
        for index in members.indices {
            members[index].update(value, sequenceIndex: pointsSeen)
        }
        pointsSeen += 1
        return score
    }

    /// The mean over the trees of `value`'s normalised score, without updating.
    func anomalyScore(of value: Double) -> Double {
        var total = 0.0
        for index in members.indices {
            total += members[index].tree.anomalyScore(of: value, log2OnePlus: log2OnePlus)
        }
        return total / Double(members.count)
    }

    /// Audits every tree and sampler: each leaf's mass is the number of sampled points it holds,
    /// each tree's mass its sample's size, at most `sampleSize`, plus the tree's and the sampler's
    /// own structure (`RandomCutTree.checkInvariants`, `TimeDecayedSampler.checkInvariants`).
    /// - Complexity: O(trees · sampleSize); for tests and audits, not the hot path.
    public func checkInvariants() {
        for (index, member) in members.enumerated() {
            member.checkInvariants(tree: index)
        }
    }
}

extension RandomCutForest {
    /// One tree with its sampler and its random substream.
    struct SampledTree: Sendable {
        var tree: RandomCutTree
        var sampler: TimeDecayedSampler
        var random: SimRandom

        init(sampleSize: Int, timeDecay: Double, random: SimRandom) {
            tree = RandomCutTree(sampleSize: sampleSize)
            sampler = TimeDecayedSampler(capacity: sampleSize, timeDecay: timeDecay)
            self.random = random
        }

        /// Offers the point to the sampler; if admitted, the point it displaces leaves the tree
        /// before the new one enters, as in the library.
        mutating func update(_ value: Double, sequenceIndex: Int) {
            guard let weight = sampler.admissionWeight(sequenceIndex: sequenceIndex, random: &random) else { return }
            if sampler.isFull {
                tree.remove(leaf: sampler.heaviest.leaf)
            }
            let leaf = tree.insert(value, random: &random)
            sampler.add(.init(weight: weight, leaf: leaf, sequenceIndex: sequenceIndex))
        }

        /// Audits the sampler, the tree, and that each leaf's mass counts the sampled points naming
        /// it; `index` names the tree in the message.
        func checkInvariants(tree index: Int) {
            sampler.checkInvariants()
            var unaccounted = tree.checkInvariants()
            for entry in sampler.entries {
                unaccounted[Int(entry.leaf)] -= 1
            }
            if let node = unaccounted.firstIndex(where: { $0 != 0 }) {
                modelPreconditionFailure("tree \(index): node \(node) holds \(unaccounted[node]) points more than its sampler")
            }
            modelPrecondition(tree.mass == sampler.entries.count,
                              "tree \(index) has mass \(tree.mass), its sampler \(sampler.entries.count) points")
        }
    }
}
