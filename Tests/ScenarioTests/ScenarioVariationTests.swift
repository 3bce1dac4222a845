@testable import Scenario
import Testing

/// `--vary FIELD=V1,V2`: parsing, setting a field in the file (missing objects added, indexes
/// checked), every combination in order, and the scenario rules applied to each.
@Suite struct ScenarioVariationTests {
    static let text = """
        {"version": 1, "name": "v", "seed": 1, "duration": "1m",
         "fleet": {"gateways": 1, "devices": [{"kind": "cpu", "count": 10}]},
         "stream": {"shards": 1},
         "consumers": [{"name": "a", "type": "polling"}]}
        """

    static func loaded() throws -> LoadedScenario { try ScenarioLoader.parse(text: text, origin: "v.json").get() }

    static func variation(_ argument: String) throws -> ScenarioVariation { try ScenarioVariation.parse(argument).get() }

    @Test func valuesAreJSONWhenTheyAreAndTextOtherwise() throws {
        let variation = try Self.variation("consumers[0].pollInterval=200ms,1s")
        #expect(variation.steps == [.key("consumers"), .index(0), .key("pollInterval")])
        #expect(variation.values.map(\.kind) == [.string("200ms"), .string("1s")])
        #expect(try Self.variation("fleet.batching.maxRecords=100,500").values.map(\.kind) == [.number("100"), .number("500")])
    }

    @Test(arguments: ["nofield", "=1", "a..b=1", "a[x]=1", "a[0=1", "a=1,,2", "a=1,1"])
    func malformedArgumentsAreRefused(_ argument: String) {
        guard case .failure(let errors) = ScenarioVariation.parse(argument) else {
            Issue.record("\(argument) was accepted")
            return
        }
        #expect(errors.problems.first?.path == "--vary")
    }

    @Test func aMissingObjectOnTheWayIsAdded() throws {
        let variants = try ScenarioLoader.variants(of: Self.loaded(), [Self.variation("fleet.batching.maxRecords=7")]).get()
        #expect(variants.map(\.loaded.spec.fleet.batching.maxRecords) == [7])
        #expect(variants.map(\.label) == ["fleet.batching.maxRecords=7"])
    }

    @Test func everyCombinationInOrderTheFirstOutermost() throws {
        let variants = try ScenarioLoader.variants(of: Self.loaded(), [
            Self.variation("stream.shards=1,2"), Self.variation("consumers[0].pollInterval=200ms,1s"),
        ]).get()
        #expect(variants.map(\.label) == [
            "stream.shards=1, consumers[0].pollInterval=200ms", "stream.shards=1, consumers[0].pollInterval=1s",
            "stream.shards=2, consumers[0].pollInterval=200ms", "stream.shards=2, consumers[0].pollInterval=1s",
        ])
        #expect(variants.map(\.loaded.spec.stream.shards) == [1, 1, 2, 2])
        #expect(Set(variants.map(\.loaded.sha256)).count == 4)
    }

    @Test func aValueTheFormatRefusesIsReportedWithItsPathAndCombination() throws {
        guard case .failure(let errors) = ScenarioLoader.variants(of: try Self.loaded(), [try Self.variation("stream.shards=1,0")]) else {
            Issue.record("stream.shards 0 was accepted")
            return
        }
        #expect(errors.problems.count == 1)
        #expect(errors.problems.first?.path == "stream.shards")
        #expect(errors.problems.first?.message.hasPrefix("with stream.shards=0: ") == true, "\(errors)")
    }

    @Test func aPathTheFileCannotTakeSaysWhere() throws {
        for (argument, reason) in [("consumers[3].limit=5", "consumers has 1 element, no [3]"),
                                   ("name.first=x", "name is \"v\", which has no member first")] {
            guard case .failure(let errors) = ScenarioLoader.variants(of: try Self.loaded(), [try Self.variation(argument)]) else {
                Issue.record("\(argument) was accepted")
                continue
            }
            #expect(errors.problems.first?.message.hasSuffix(reason) == true, "\(errors)")
        }
    }

    @Test func tooManyCombinationsAreRefused() throws {
        let values = (1...9).map(String.init).joined(separator: ",")
        let many = try [Self.variation("stream.shards=" + values), Self.variation("fleet.batching.maxRecords=" + values)]
        guard case .failure(let errors) = ScenarioLoader.variants(of: try Self.loaded(), many) else {
            Issue.record("81 combinations were accepted")
            return
        }
        #expect(errors.problems.first?.message == "81 combinations (allowed: at most 64; each is a whole plan)")
    }
}
