import Reporting
import ResultStore
import Testing

/// The stored run of `scenarios/kcl-worker-crash.json` and what the reports make of it: lease
/// ownership over time and the application's duplicates by cause.
@Suite struct LeaseReportTests {
    static let run = CapturedRunTests.stored("kcl-worker-crash.json")

    func metric(_ name: String) -> Double? { Self.run.metrics.first { $0.name == name }?.value }

    @Test func leaseOwnershipOverTimeIsStoredPerWorker() throws {
        let samples = Self.run.leases.filter { $0.consumer == "processor" }
        #expect(Set(samples.map(\.worker)) == [0, 1])
        // While worker 1 is down (3 min to 5 min), worker 0 ends up with all 8 leases.
        #expect(samples.contains { $0.worker == 0 && $0.leases == 8 && $0.atS > 180 && $0.atS < 300 })
        let last = try #require(samples.last?.atS)
        #expect(samples.filter { $0.atS == last }.map(\.leases) == [4, 4])
    }

    @Test func theSummaryNamesReplaysApartFromProducerDuplicates() throws {
        #expect(try #require(metric("consumers.processor.replayed")) > 0)
        #expect(metric("consumers.processor.replayed") == metric("consumers.processor.duplicates"))
        #expect(metric("consumers.processor.leases.worker_crashes") == 1)
        let longest = try #require(metric("consumers.processor.leases.max_unowned_ms"))
        let perShard = Self.run.metrics.filter { $0.name.hasPrefix("consumers.processor.leases.unowned_ms_by_shard.") }
        #expect(perShard.count == 4, "worker 1's four shards waited for a new owner")
        #expect(perShard.map(\.value).max() == longest)
    }

    @Test func everyReportShowsTheLeases() {
        let view = RunView(Self.run, id: 1)
        let text = RunSummary.render(view)
        #expect(text.contains("Leases (KCL)"))
        #expect(text.contains("records replayed from checkpoints (producer duplicates in the stream: "))
        #expect(text.contains("leases per worker over time: "))
        #expect(RunMarkdown.render(view).contains("| from (s) | worker 0 | worker 1 |"))
        #expect(HtmlPage.render(view).contains("<section id=\"leases\">"))
    }
}
