import SimKernel

/// One tree's sample of the stream: time-decayed weighted reservoir sampling (Efraimidis and
/// Spirakis), as the AWS library's `CompactSampler` does it.
///
/// The point with sequence index `i` gets the weight `−λ·i + log(−log u)` with `u` uniform in
/// (0, 1), and the sampler keeps the `capacity` points with the smallest weights. `−log u` is an
/// exponential variate, so this keeps the points whose exponential clocks of rate `e^(λ·i)` ring
/// first: a sample drawn without replacement with probability proportional to `e^(λ·i)`, so a
/// point's weight against the newest falls by a factor `e` every `1/λ` points, and the sampled
/// points' ages are about exponential with mean `1/λ` (when `1/λ` is well above `capacity`). With
/// `λ = 0` it is a uniform reservoir over the whole stream. Working with logarithms keeps the
/// weights finite at any sequence index.
///
/// Every point enters while there is room: the library's behaviour with `initialAcceptFraction`
/// 1, as its earlier versions had it (recent ones admit into a sampler that is not yet full with
/// a falling probability once it is an eighth full, so that trees diverge sooner).
///
/// The entries form a max-heap on weight, so the point to evict is always at the top.
struct TimeDecayedSampler: Sendable {
    struct Entry: Sendable {
        var weight: Double
        /// The tree leaf holding the point.
        var leaf: Int32
        var sequenceIndex: Int
    }

    let capacity: Int
    /// λ, per point.
    let timeDecay: Double
    /// A max-heap on `weight`.
    private(set) var entries: ContiguousArray<Entry>

    init(capacity: Int, timeDecay: Double) {
        self.capacity = capacity
        self.timeDecay = timeDecay
        entries = []
        entries.reserveCapacity(capacity)
    }

    var isFull: Bool { entries.count == capacity }

    /// The entry that admitting a point into a full sampler evicts.
    var heaviest: Entry { entries[0] }

    /// Draws the weight of the point with `sequenceIndex`; returns it if the point enters the
    /// sample: always while the sample is not full, afterwards when it is below the heaviest.
    mutating func admissionWeight(sequenceIndex: Int, random: inout SimRandom) -> Double? {
        var unit = random.unitDouble()
        while unit == 0 { unit = random.unitDouble() }
        let weight = -Double(sequenceIndex) * timeDecay + SimMath.log(-SimMath.log(unit))
        return !isFull || weight < heaviest.weight ? weight : nil
    }

    /// Adds an admitted point; a full sampler drops its heaviest entry for it.
    mutating func add(_ entry: Entry) {
        if isFull {
            entries[0] = entry
            siftDown(from: 0)
        } else {
            entries.append(entry)
            siftUp(from: entries.count - 1)
        }
    }

    private mutating func siftUp(from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[parent].weight < entries[child].weight else { return }
            entries.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var heaviest = parent
            if left < entries.count && entries[left].weight > entries[heaviest].weight { heaviest = left }
            if right < entries.count && entries[right].weight > entries[heaviest].weight { heaviest = right }
            guard heaviest != parent else { return }
            entries.swapAt(parent, heaviest)
            parent = heaviest
        }
    }

    /// Audits the sampler: no more entries than `capacity`, and the heap order.
    func checkInvariants() {
        modelPrecondition(entries.count <= capacity, "sampler holds \(entries.count) points, capacity \(capacity)")
        for index in entries.indices.dropFirst() {
            let parent = (index - 1) / 2
            modelPrecondition(entries[parent].weight >= entries[index].weight,
                              "sampler slot \(index) weighs \(entries[index].weight), its parent \(entries[parent].weight)")
        }
    }
}
