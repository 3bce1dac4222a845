/// Collects the problems found while decoding one file.
///
/// Fields are checked in schema order, so each problem carries the byte offset of the value it
/// concerns and `problems` sorts by it: the user reads them in the order of the file.
final class ProblemLog {
    private var entries: [(offset: Int, problem: ScenarioProblem)] = []

    var isEmpty: Bool { entries.isEmpty }

    func add(path: String, message: String, offset: Int) {
        entries.append((offset, ScenarioProblem(path: path, message: message)))
    }

    /// In document order; problems at the same offset keep the order they were found in.
    var problems: [ScenarioProblem] {
        entries.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element.problem)
    }
}
