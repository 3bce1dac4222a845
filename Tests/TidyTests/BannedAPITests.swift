import Testing

/// The simulated world uses no wall clock, global randomness, concurrency or hash order, and no FIXME.
@Suite struct BannedAPITests {
    @Test func simulatedWorldUsesNoBannedAPI() throws {
        let files = try SourceTree.swiftFiles()
        #expect(files.contains { $0.module == "SimKernel" }, "found no SimKernel sources")
        let violations = files.flatMap { file in
            TidyScanner.violations(in: file.text, file: file.path, module: file.module)
                .filter { !$0.message.hasPrefix("import ") && !$0.message.hasPrefix("module ") }
        }
        #expect(violations.isEmpty, "\n\(violations.map(\.description).joined(separator: "\n"))")
    }
}
