import Foundation
import Testing

/// `simctl sample`: the first records a fleet would put, each with its key, hash key, payload
/// bytes and ground truth; filtered by kind; usage errors exit 64.
@Suite struct SampleCommandTests {
    @Test func printsTheRequestedRecordsOfTheRequestedKind() throws {
        let outcome = try Simctl.run(["sample", "scenarios/smoke.json", "--count", "5", "--kind", "gps"])
        #expect(outcome.status == 0, "\(outcome.summary)")
        let records = outcome.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("record ") }
        #expect(records.count == 5)
        let keys = outcome.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  partition key") }
        #expect(keys.count == 5 && keys.allSatisfy { $0.contains("gps-") }, "\(keys)")
        for line in outcome.stdout.components(separatedBy: "\n") where line.hasPrefix("  data (") {
            let bytes = Int(line.dropFirst("  data (".count).prefix { $0.isNumber })!
            let json = line[line.range(of: "{")!.lowerBound...]
            #expect(json.utf8.count == bytes, "\(line)")
            #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        }
        #expect(try Simctl.run(["sample", "scenarios/smoke.json", "--count", "5", "--kind", "gps"]).stdout == outcome.stdout)
    }

    /// `--producer kpl`: every sampled record lands in exactly one Kinesis record, and an
    /// aggregated one is larger than the user data inside it by the format's overhead.
    @Test func theKPLPacksTheSampledRecordsIntoKinesisRecords() throws {
        let outcome = try Simctl.run(["sample", "scenarios/kpl-aggregation.json", "--count", "300"])
        #expect(outcome.status == 0, "\(outcome.summary)")
        let lines = outcome.stdout.components(separatedBy: "\n")
        #expect(lines.contains("As the KPL packs them (per gateway and predicted shard of 2):"))
        // "records  7, sent as itself …" or "records  3: 12, 40, 41".
        let members = lines.filter { $0.hasPrefix("  records") }.flatMap { line -> [Int] in
            let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
            return line.contains("sent as itself") ? [numbers[0]] : Array(numbers.dropFirst())
        }
        #expect(members.sorted() == Array(1...300), "\(members.count) records packed")
        let aggregated = lines.filter { $0.contains("B aggregated (") }
        #expect(!aggregated.isEmpty)
        for line in aggregated {
            let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
            #expect(numbers[0] == numbers[1] + numbers[2], "\(line)")
        }
        let plain = try Simctl.run(["sample", "scenarios/kpl-aggregation.json", "--count", "3", "--producer", "sdk"])
        #expect(!plain.stdout.contains("As the KPL packs them"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let kind = try Simctl.run(["sample", "scenarios/smoke.json", "--kind", "toaster"])
        #expect(kind.status == 64 && kind.stderr.contains("--kind toaster is not a device kind"), "\(kind.summary)")
        let count = try Simctl.run(["sample", "scenarios/smoke.json", "--count", "0"])
        #expect(count.status == 64, "\(count.summary)")
        let producer = try Simctl.run(["sample", "scenarios/smoke.json", "--producer", "kinesis"])
        #expect(producer.status == 64 && producer.stderr.contains("--producer kinesis is not a producer"), "\(producer.summary)")
    }
}
