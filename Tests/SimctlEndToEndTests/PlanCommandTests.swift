import Foundation
import Testing

/// `simctl plan`: the fewest shards for a 137 records/s fleet into shards limited to 50 records a
/// second, why fewer fail, AWS's formula beside it; a constant partition key no count can fix.
@Suite struct PlanCommandTests {
    static func scenario(in dir: URL, partitionKey: String? = nil) throws -> String {
        let path = dir.appendingPathComponent("plan.json").path
        var text = try String(contentsOfFile: Simctl.packageRoot.appendingPathComponent("scenarios/smoke.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"duration\": \"2m\"", with: "\"duration\": \"30s\"")
            .replacingOccurrences(of: "\"stream\": {\"shards\": 2}",
                                  with: "\"stream\": {\"shards\": 1, \"limits\": {\"writeRecordsPerSecond\": 50}}")
        if let partitionKey {
            text = text.replacingOccurrences(of: "\"ackLossRate\": 0.01", with: "\"ackLossRate\": 0.01, \"partitionKey\": \"\(partitionKey)\"")
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func recommendsTheFewestShardsAndSaysWhyFewerFail() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.scenario(in: dir)
            let one = try Simctl.run(["plan", path, "--max", "16", "--jobs", "1", "--db", dir.appendingPathComponent("one.sqlite").path])
            #expect(one.status == 0, "\(one.summary)")
            let lines = one.stdout.split(separator: "\n").map(String.init)
            let shards = try #require(Self.recommendedShards(in: lines), "\(one.stdout)")
            #expect(shards >= 3, "137 records/s cannot fit in fewer than 3 shards of 50 records/s: \(one.stdout)")
            #expect(lines.contains { $0.hasPrefix("why not \(shards - 1): ") }, "\(one.stdout)")
            #expect(lines.contains { $0.hasPrefix("AWS's formula: 1 with the average record rounded up to 1 KiB") })
            #expect(one.stdout.contains("objectives:\n  p99 end-to-end latency ≤ 2000 ms"))
            let rows = lines.filter { $0.split(separator: " ").first == Substring(String(shards)) }
            #expect(rows.count == 3, "the recommendation was not run on three seeds:\n\(one.stdout)")
            let two = try Simctl.run(["plan", path, "--max", "16", "--jobs", "2", "--db", dir.appendingPathComponent("two.sqlite").path])
            #expect(two.stdout == one.stdout, "--jobs changed the output")
        }
    }

    /// The count on the `recommendation: N shards` line.
    static func recommendedShards(in lines: [String]) -> Int? {
        guard let line = lines.first(where: { $0.hasPrefix("recommendation: ") }) else { return nil }
        return Int(String(line.dropFirst("recommendation: ".count).prefix(while: \.isNumber)))
    }

    @Test func aConstantKeyCannotBePlannedAndTheOutputSaysSo() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.scenario(in: dir, partitionKey: "constant:all")
            let plan = try Simctl.run(["plan", path, "--max", "4", "--seeds", "1", "--db", dir.appendingPathComponent("p.sqlite").path])
            #expect(plan.status == 2, "\(plan.summary)")
            #expect(plan.stdout.contains("recommendation: none — no shard count from 1 to 4 meets the objectives"), "\(plan.stdout)")
            #expect(plan.stdout.contains("why: a hot partition key"), "\(plan.stdout)")
            #expect(plan.stdout.contains("what would help: spread the partition key"))
        }
    }

    /// `--throttling all`: one plan per write throttling model, each saying its model, and the
    /// count that holds under every one; a model that does not exist is a usage error.
    @Test func throttlingAllPlansUnderEveryModel() throws {
        try withTemporaryDirectory { dir in
            let path = try Self.scenario(in: dir)
            let plan = try Simctl.run(["plan", path, "--max", "16", "--seeds", "1", "--throttling", "all",
                                       "--db", dir.appendingPathComponent("p.sqlite").path])
            #expect(plan.status == 0, "\(plan.summary)")
            for model in ["token-bucket", "sliding-window", "fixed-window"] {
                #expect(plan.stdout.contains("note: write throttling: the \(model) model"), "\(plan.stdout)")
                #expect(plan.stdout.contains("  stream.throttling=\(model) "), "\(plan.stdout)")
            }
            let lines = plan.stdout.split(separator: "\n").map(String.init)
            let everywhere = try #require(lines.first { $0.hasPrefix("under every configuration: ") }, "\(plan.stdout)")
            #expect(everywhere.hasSuffix("(the most any needs)"))
            let bad = try Simctl.run(["plan", path, "--throttling", "leaky-bucket", "--db", dir.appendingPathComponent("q.sqlite").path])
            #expect(bad.status == 64 && bad.stderr.contains("--throttling leaky-bucket is not a throttling model"), "\(bad.summary)")
        }
    }

    /// hot-key.json doubles its shards from 1 minute: the plan leaves that out, says so, and finds
    /// that no count fixes a constant key.
    @Test func aScenariosOwnReshardingIsLeftOutAndSaid() throws {
        try withTemporaryDirectory { dir in
            let plan = try Simctl.run(["plan", "scenarios/hot-key.json", "--min", "2", "--max", "2", "--seeds", "1",
                                       "--db", dir.appendingPathComponent("p.sqlite").path])
            #expect(plan.status == 2, "\(plan.summary)")
            #expect(plan.stdout.contains("note: the scenario's resharding is left out (update-shard-count at 1m)"), "\(plan.stdout)")
            #expect(plan.stdout.contains("why: a hot partition key"), "\(plan.stdout)")
        }
    }

    @Test(arguments: [
        (["--min", "0"], "--min and --max must satisfy 1 ≤ min ≤ max ≤ 10000, got 0 and 1024"),
        (["--min", "8", "--max", "4"], "--min and --max must satisfy 1 ≤ min ≤ max ≤ 10000, got 8 and 4"),
        (["--seeds", "0"], "--seeds must be at least 1, got 0"),
        (["--jobs", "0"], "--jobs must be at least 1, got 0"),
    ])
    func aBadRangeIsAUsageErrorThatSaysWhatIsAllowed(_ options: [String], _ message: String) throws {
        let plan = try Simctl.run(["plan", "scenarios/smoke.json"] + options)
        #expect(plan.status == 64, "\(plan.summary)")
        #expect(plan.stderr.contains(message), "\(plan.stderr)")
    }
}
