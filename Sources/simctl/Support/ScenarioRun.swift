import Foundation
import Reporting
import ResultStore
import RunCapture
import Scenario

/// Scenario files run to completion for the commands that judge their results (`baseline
/// update`, `gate`): all loaded first, so a bad one stops the command (65) before anything runs;
/// then run on up to `jobs` threads, each in its own world, captured as the store would keep them
/// and returned in the order given, so the output does not depend on `jobs`.
enum ScenarioRun {
    /// The scenario files, each at its seed when one is given; the first bad one stops the command (65).
    static func loaded(_ paths: [String], seeds: [UInt64?]? = nil) throws -> [LoadedScenario] {
        try paths.enumerated().map { index, path in
            var scenario = try ScenarioInput.load(path)
            if let seed = seeds?[index] { scenario.spec.seed = seed }
            return scenario
        }
    }

    /// Loaded scenarios run on up to `jobs` threads, in the order given.
    static func views(of loaded: [LoadedScenario], jobs: Int) -> [RunView] {
        ParallelRuns.map(loaded, jobs: jobs, view(of:))
    }

    /// One run of a loaded scenario on this thread, captured as the store would keep it.
    @Sendable static func view(of scenario: LoadedScenario) -> RunView {
        RunView(StoredRun(report: RunExecution(showProgress: false, auditEvery: nil).run(scenario)))
    }
}

/// `body` applied to every item on up to `jobs` threads; results in the items' order.
/// Parallelism across independent runs only: each run stays on one thread (architecture rule 3).
enum ParallelRuns {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int,
                                                       _ body: @escaping @Sendable (Item) -> Result) -> [Result] {
        let work = WorkList<Result>(count: items.count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, items.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = work.take() { work.finish(index, body(items[index])) }
            }
        }
        group.wait()
        return work.results()
    }
}

/// The items still to run and the results so far, shared by the worker threads under one lock.
final class WorkList<Result: Sendable>: @unchecked Sendable {
    private var nextIndex = 0
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next item's index, or nil when every item has been taken.
    func take() -> Int? {
        lock.withLock {
            guard nextIndex < slots.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func finish(_ index: Int, _ result: Result) { lock.withLock { slots[index] = result } }

    func results() -> [Result] { lock.withLock { slots.map { $0! } } }
}
