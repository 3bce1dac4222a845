import Foundation
import Planning

/// The candidate runs of a plan on `jobs` threads: first those the search has asked for, then
/// guesses at what it will ask next (`speculate`), so that spare threads work ahead of a search
/// that asks one candidate at a time. A guess the search never asks for is cancelled or thrown
/// away, never stored or shown: the plan is the same whatever `jobs` is, only sooner.
final class CandidatePool: @unchecked Sendable {
    typealias Candidate = ShardSearch.Candidate
    /// Runs one candidate; returns nil when `keepGoing` said stop (a cancelled guess). It may
    /// make guesses of its own on the pool it is given.
    typealias Body = @Sendable (CandidatePool, Candidate, _ keepGoing: @escaping @Sendable () -> Bool) -> PlanCandidate?

    private let condition = NSCondition()
    private var asked: [Candidate] = []
    private var guesses: [Candidate] = []
    private var running: Set<Candidate> = []
    private var cancelled: Set<Candidate> = []
    private var finished: [Candidate: PlanCandidate] = [:]
    private var wanted: Set<Candidate> = []
    private var closing = false
    private let group = DispatchGroup()

    init(jobs: Int, body: @escaping Body) {
        for _ in 0..<max(1, jobs) {
            DispatchQueue.global().async(group: group) { self.work(body) }
        }
    }

    /// The runs of `batch`, in its order, once all are done.
    func results(for batch: [Candidate]) -> [PlanCandidate] {
        condition.withLock {
            for candidate in batch where !wanted.contains(candidate) {
                wanted.insert(candidate)
                cancelled.remove(candidate)
                guesses.removeAll { $0 == candidate }
                if finished[candidate] == nil && !running.contains(candidate) { asked.append(candidate) }
            }
            condition.broadcast()
            while batch.contains(where: { finished[$0] == nil }) { condition.wait() }
            return batch.map { finished[$0]! }
        }
    }

    /// Candidates worth running while a thread is free; queued after every asked one.
    func speculate(_ candidates: [Candidate]) {
        condition.withLock {
            for candidate in candidates where finished[candidate] == nil && !running.contains(candidate)
                && !asked.contains(candidate) && !guesses.contains(candidate) {
                guesses.append(candidate)
            }
            condition.broadcast()
        }
    }

    /// Drops the guesses not asked for that `obsolete` picks: queued ones go, running ones stop.
    func abandon(where obsolete: (Candidate) -> Bool) {
        condition.withLock {
            guesses.removeAll(where: obsolete)
            for candidate in running where !wanted.contains(candidate) && obsolete(candidate) { cancelled.insert(candidate) }
        }
    }

    /// Stops every guess and waits for the threads.
    func close() {
        condition.withLock {
            closing = true
            guesses.removeAll()
            cancelled.formUnion(running.subtracting(wanted))
            condition.broadcast()
        }
        group.wait()
    }

    private func work(_ body: Body) {
        while let candidate = next() {
            let run = body(self, candidate) { [unowned self] in condition.withLock { !cancelled.contains(candidate) } }
            condition.withLock {
                running.remove(candidate)
                cancelled.remove(candidate)
                if let run {
                    finished[candidate] = run
                } else if wanted.contains(candidate) {
                    asked.append(candidate)   // stopped as a guess just before the search asked for it
                }
                condition.broadcast()
            }
        }
    }

    /// The next candidate to run, asked ones first; nil once the pool closes.
    private func next() -> Candidate? {
        condition.withLock {
            while true {
                if let candidate = asked.first ?? (closing ? nil : guesses.first) {
                    asked.removeAll { $0 == candidate }
                    guesses.removeAll { $0 == candidate }
                    running.insert(candidate)
                    return candidate
                }
                if closing { return nil }
                condition.wait()
            }
        }
    }
}
