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

    @Test func badOptionsAreUsageErrors() throws {
        let kind = try Simctl.run(["sample", "scenarios/smoke.json", "--kind", "toaster"])
        #expect(kind.status == 64 && kind.stderr.contains("--kind toaster is not a device kind"), "\(kind.summary)")
        let count = try Simctl.run(["sample", "scenarios/smoke.json", "--count", "0"])
        #expect(count.status == 64, "\(count.summary)")
    }
}
