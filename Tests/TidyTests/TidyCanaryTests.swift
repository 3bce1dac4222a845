import Testing

/// The tidy checks run on fake sources, so a scanner that reports nothing cannot pass unnoticed.
@Suite struct TidyCanaryTests {
    static let fakeSource = """
        import SimKernel
        import GRDB
        /// Never call Date() here: this comment is fine.
        let started = Date() // wall clock in the simulated world
        """

    @Test func reportsAnIllegalImportAndABannedLine() {
        let violations = TidyScanner.violations(in: Self.fakeSource, file: "Sources/StreamModel/Fake.swift", module: "StreamModel")
        #expect(violations.map(\.line) == [2, 4], "\(violations)")
        #expect(violations.first?.message.contains("GRDB") == true)
        #expect(violations.last?.message.contains("Date(") == true)
        #expect(violations.allSatisfy { $0.file == "Sources/StreamModel/Fake.swift" })
    }

    @Test func theCommandLineMayDoAnything() {
        #expect(TidyScanner.violations(in: Self.fakeSource, file: "Sources/simctl/Fake.swift", module: "simctl") == [])
    }

    @Test func foundationIsBannedBelowL4AndAnUnknownModuleIsReported() {
        let foundation = TidyScanner.violations(in: "@preconcurrency import Foundation", file: "Sources/Metrics/F.swift", module: "Metrics")
        #expect(foundation.count == 1 && foundation[0].message.contains("Foundation-free"), "\(foundation)")
        #expect(TidyScanner.violations(in: "import Foundation", file: "Sources/Scenario/F.swift", module: "Scenario") == [])
        #expect(TidyScanner.violations(in: "", file: "Sources/Newcomer/N.swift", module: "Newcomer").count == 1)
    }

    @Test(arguments: [
        ("let now = Date.now", true),
        ("var rng = SystemRandomNumberGenerator()", true),
        ("let clock = ContinuousClock()", true),
        ("let clock = SuspendingClock()", true),
        ("Task { await work() }", true),
        ("DispatchQueue.main.async {}", true),
        ("let h = key.hashValue", true),
        ("let x = Int.random(in: 0..<10)", true),
        ("let x = Int.random(in: 0..<10, using: &random)", false),
        ("let day = CivilDate(year: 2026, month: 1, day: 1)", false),
        ("let label = \"see https://example.com\" // Date() after a URL", false),
        ("// FIXME: fix later", true),
        ("let url = \"http://x\"; let d = Date()", true),
        ("    /// `.hashValue` is never used for digests", false),
    ])
    func bannedPatternIsFoundOnlyInCode(line: String, isBanned: Bool) {
        let violations = TidyScanner.violations(in: line, file: "Sources/SimKernel/Fake.swift", module: "SimKernel")
        #expect(violations.isEmpty != isBanned, "\(line): \(violations)")
    }

    @Test func scenarioLoaderMayReadFiles() {
        let line = "let data = try Data(contentsOf: url); let stamp = Date()"
        #expect(TidyScanner.violations(in: line, file: "Sources/Scenario/ScenarioLoader.swift", module: "Scenario") == [])
        #expect(TidyScanner.violations(in: line, file: "Sources/Scenario/Other.swift", module: "Scenario").count == 1)
    }
}
