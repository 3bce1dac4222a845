import Testing

/// Imports point down the layer table only; L0–L3 never import Foundation.
@Suite struct LayerImportTests {
    @Test func everySourceFileImportsOnlyWhatItsLayerAllows() throws {
        let files = try SourceTree.swiftFiles()
        #expect(files.count > 50, "found only \(files.count) Swift files under Sources/")
        let violations = files.flatMap { file in
            TidyScanner.violations(in: file.text, file: file.path, module: file.module)
                .filter { $0.message.hasPrefix("import ") || $0.message.hasPrefix("module ") }
        }
        #expect(violations.isEmpty, "\n\(violations.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyPackageTargetHasARowInTheTable() throws {
        let targets = try SourceTree.packageTargets()
        #expect(targets.contains("SimKernel") && targets.contains("simctl"), "read targets \(targets) from Package.swift")
        for target in targets {
            #expect(LayerTable.rules[target] != nil, "Package.swift target \(target) is missing from LayerTable")
        }
    }
}
