@testable import Planning
import Testing

/// The shard search: the fewest passing count, found with few runs, re-checked below, confirmed
/// on every seed; AWS's formula as documented.
@Suite struct ShardSearchTests {
    /// Runs a search against a pass rule, counting the candidates it asked for.
    static func search(min: Int = 1, max: Int = 64, seeds: [UInt64] = [1, 2, 3], guess: Int,
                       passes: @escaping (Int, UInt64) -> Bool) -> (answer: Int?, asked: [ShardSearch.Candidate]) {
        var asked: [ShardSearch.Candidate] = []
        let answer = ShardSearch(minShards: min, maxShards: max, seeds: seeds).run(startingAt: guess) { batch in
            asked += batch
            return batch.map { passes($0.shards, $0.seed) }
        }
        return (answer, asked)
    }

    @Test(arguments: [1, 3, 7, 8, 40])
    func findsTheFewestPassingCountFromAnyGuess(guess: Int) {
        let (answer, asked) = Self.search(guess: guess) { shards, _ in shards >= 7 }
        #expect(answer == 7)
        #expect(Set(asked).count == asked.count, "a candidate was run twice")
        #expect(asked.count <= 20, "\(asked.count) runs")
    }

    @Test func theCountsBelowTheAnswerAreRecheckedForANonMonotonicObjective() {
        // 5 passes, 6 fails, 7 and up pass: bisecting from 8 lands on 7; the re-check finds 5.
        let (answer, _) = Self.search(guess: 8) { shards, _ in shards == 5 || shards >= 7 }
        #expect(answer == 5)
    }

    @Test func theAnswerMustPassOnEverySeed() {
        // 4 passes on seed 1 only; 5 passes on every seed.
        let (answer, asked) = Self.search(guess: 4) { shards, seed in shards >= 5 || (shards == 4 && seed == 1) }
        #expect(answer == 5)
        #expect(Set(asked.filter { $0.shards == 5 }.map(\.seed)) == [1, 2, 3])
        #expect(Set(asked.filter { $0.shards == 4 }.map(\.seed)).count > 1, "the count below was not confirmed")
    }

    @Test func noCountInRangeGivesNoAnswer() {
        #expect(Self.search(max: 16, guess: 2) { _, _ in false }.answer == nil)
    }

    /// §1.17's worked example: 10,000 records/s of ~100 B → 10 shards rounded, 1 on raw bytes.
    @Test func theFormulaAsAWSDocumentsItAndOnRawBytes() {
        let formula = SizingFormula(recordsPerSecond: 10_000, averageRecordBytes: 100, consumers: 1)
        #expect(formula.roundedShards == 10)
        #expect(formula.rawShards == 1)
        #expect(SizingFormula(recordsPerSecond: 1_000, averageRecordBytes: 1_500, consumers: 5).roundedShards == 5)
    }
}
