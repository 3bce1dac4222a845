import Foundation

/// A scenario file with four independent mistakes, each of which `simctl` must report with its
/// JSON path before anything runs.
enum BrokenScenario {
    static let text = #"""
        {
          "version": 1,
          "name": "broken",
          "seed": 7,
          "duration": "1m",
          "fleet": {
            "gateways": -3,
            "devices": [{"kind": "temperature", "count": 10, "interval": "5 parsecs"}]
          },
          "stream": {"shards": 2, "shardz": 4}
        }
        """#

    /// The JSON path of each mistake and a word its message must contain.
    static let problems: [(path: String, mentions: String)] = [
        ("fleet.devices[0].interval", "5 parsecs"),
        ("stream.shardz", "unknown field"),
        ("fleet.gateways", "-3"),
        ("consumers", "missing"),
    ]

    /// Writes the broken scenario into `dir` and returns its path.
    static func write(in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("broken.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The problems of `problems` that no stderr line reports as `path: …mentions…`.
    static func unreported(in stderr: String) -> [String] {
        let lines = stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return problems.filter { problem in
            !lines.contains { $0.hasPrefix(problem.path + ":") && $0.contains(problem.mentions) }
        }.map(\.path)
    }
}
