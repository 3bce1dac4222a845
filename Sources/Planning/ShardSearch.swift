/// The search for the fewest shards that meet the objectives: bracket from a first guess by
/// doubling (or bisect below it when it passes), bisect, then re-check the two counts below the
/// answer (an objective need not be monotonic in shards), and confirm the answer and the count
/// below it on every seed. A count passes only when it passes on every seed it was run with.
///
/// `evaluate` runs a batch of (shards, seed) candidates — in parallel if it likes — and says
/// which passed; the search asks for each candidate once.
public struct ShardSearch {
    public var minShards: Int
    public var maxShards: Int
    /// The seeds a recommendation is confirmed on; the search itself uses the first.
    public var seeds: [UInt64]

    public init(minShards: Int, maxShards: Int, seeds: [UInt64]) {
        precondition(minShards >= 1 && minShards <= maxShards && !seeds.isEmpty, "a search needs 1 ≤ min ≤ max and a seed")
        self.minShards = minShards
        self.maxShards = maxShards
        self.seeds = seeds
    }

    public struct Candidate: Hashable, Sendable {
        public var shards: Int
        public var seed: UInt64

        public init(shards: Int, seed: UInt64) {
            self.shards = shards
            self.seed = seed
        }
    }

    /// The fewest shards in range that pass on every seed, or nil when none does.
    public func run(startingAt guess: Int, evaluate: ([Candidate]) -> [Bool]) -> Int? {
        var passed: [Candidate: Bool] = [:]
        func passes(_ counts: [Int], seeds: [UInt64]) -> [Bool] {
            let wanted = counts.flatMap { count in seeds.map { Candidate(shards: count, seed: $0) } }
            let new = Array(Set(wanted.filter { passed[$0] == nil })).sorted { ($0.shards, $0.seed) < ($1.shards, $1.seed) }
            for (candidate, outcome) in zip(new, evaluate(new)) { passed[candidate] = outcome }
            return counts.map { count in seeds.allSatisfy { passed[Candidate(shards: count, seed: $0)]! } }
        }
        // The search runs on the first seed; once an answer fails on another seed, on all of them.
        var searchSeeds = [seeds[0]]
        var answer = bisect(from: min(max(guess, minShards), maxShards)) { passes([$0], seeds: searchSeeds)[0] }
        while let found = answer {
            let below = [found - 1, found - 2].filter { $0 >= minShards }
            if let lower = zip(below, passes(below, seeds: searchSeeds)).filter(\.1).map(\.0).min() {
                answer = lower
                continue
            }
            // The answer and the count below it on every seed: the table shows both.
            if passes([found] + below.prefix(1), seeds: seeds)[0] { return found }
            searchSeeds = seeds
            answer = found < maxShards ? bisect(from: found + 1) { passes([$0], seeds: searchSeeds)[0] } : nil
        }
        return nil
    }

    /// The fewest count in `[from's bracket]` for which `passes` holds, assuming it holds from
    /// some count on: double up from a failing guess, or bisect down from a passing one.
    func bisect(from guess: Int, _ passes: (Int) -> Bool) -> Int? {
        var (low, high) = (minShards - 1, guess)   // low fails (or is below range), high is to be seen
        while !passes(high) {
            guard high < maxShards else { return nil }
            (low, high) = (high, min(maxShards, high * 2))
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            if passes(middle) { high = middle } else { low = middle }
        }
        return high
    }
}
