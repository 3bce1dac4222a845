import Foundation
import Testing

/// `simctl run --sink-dir`: the files read back hold exactly the records the sink delivered,
/// duplicates from timed-out attempts included, in Firehose's layout; writing them changes
/// nothing in the run.
@Suite struct SinkFilesTests {
    /// 30 sensors and 5 trackers for a minute; a sink delivering every 8 KiB or 10 s, 30% of its
    /// attempts timing out.
    static let scenario = #"""
        {"version": 1, "name": "sink-files", "seed": 4, "duration": "1m", "drain": "30s",
         "fleet": {"gateways": 3, "devices": [{"kind": "temperature", "count": 30, "interval": "1s"},
                                               {"kind": "gps", "count": 5, "interval": "2s"}]},
         "stream": {"shards": 2},
         "consumers": [{"name": "archive", "pollInterval": "500ms",
                        "analytics": [{"type": "sink", "bufferSize": "8KiB", "bufferInterval": "10s",
                                       "deliveryTime": "200ms", "failureRate": 0.3}]}]}
        """#

    func run(_ dir: URL, _ extra: [String]) throws -> (outcome: CommandOutcome, summary: MachineSummaryJSON) {
        let path = dir.appendingPathComponent("sink.json")
        try Self.scenario.write(to: path, atomically: true, encoding: .utf8)
        let outcome = try Simctl.run(["run", path.path, "--quiet", "--json", "-", "--db", dir.appendingPathComponent("s.sqlite").path] + extra)
        return (outcome, try MachineSummaryJSON(text: outcome.stdout))
    }

    func files(under dir: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { !$0.hasDirectoryPath }.sorted { $0.path < $1.path }
    }

    @Test func theFilesHoldExactlyTheDeliveredRecords() throws {
        try withTemporaryDirectory { dir in
            let out = dir.appendingPathComponent("out")
            let (outcome, summary) = try run(dir, ["--sink-dir", out.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            let prefix = "consumers.archive.operators.0.sink."
            let records = try #require(summary.number(at: prefix + "records"))
            let duplicates = try #require(summary.number(at: prefix + "duplicate_records"))
            let objects = try #require(summary.number(at: prefix + "objects"))
            #expect(duplicates > 0 && records == summary.number(at: "consumers.archive.delivered"))
            let written = files(under: out)
            #expect(Double(written.count) == objects)
            let lines = try written.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
            #expect(Double(lines.count) == records + duplicates)
            // Each reading once, plus its duplicates: as many distinct lines as records delivered.
            #expect(Double(Set(lines).count) == records)
            for line in lines.prefix(50) {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["deviceId"] is String && object["ts"] is NSNumber)
            }
            // Firehose's layout: <consumer>/YYYY/MM/DD/HH/<consumer>-<op>-1-YYYY-MM-DD-HH-mm-ss-<n>.ndjson
            let relative = try #require(written.first).path.dropFirst(out.path.count + 1)
            #expect(relative.hasPrefix("archive/2026/01/01/00/archive-0-1-2026-01-01-00-00-"), "\(relative)")
            #expect(relative.hasSuffix(".ndjson"))
        }
    }

    @Test func csvHasAHeaderAndARowPerRecordAndTheRunIsUnchanged() throws {
        try withTemporaryDirectory { dir in
            let out = dir.appendingPathComponent("csv")
            let (_, plain) = try run(dir, [])
            let (outcome, summary) = try run(dir, ["--sink-dir", out.path, "--sink-format", "csv"])
            #expect(outcome.status == 0, "\(outcome.summary)")
            #expect(summary.string(at: "digest") == plain.string(at: "digest"))
            var rows = 0
            for file in files(under: out) {
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                #expect(lines.first?.hasPrefix("deviceId,ts,") == true, "\(lines.first ?? "")")
                rows += lines.count - 1
            }
            let prefix = "consumers.archive.operators.0.sink."
            #expect(Double(rows) == (summary.number(at: prefix + "records") ?? 0) + (summary.number(at: prefix + "duplicate_records") ?? 0))
        }
    }

    @Test func aSinkFormatWithoutADirectoryIsAUsageError() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--sink-format", "csv",
                                          "--db", dir.appendingPathComponent("u.sqlite").path])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("--sink-format needs --sink-dir"))
        }
    }
}
