import Foundation

/// The Swift files under `Sources/`, each with its module (the folder right under `Sources/`).
struct SourceFile: Sendable {
    var path: String
    var module: String
    var text: String
}

enum SourceTree {
    /// The package root: this file is `<root>/Tests/TidyTests/SourceTree.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `Sources/**/*.swift`, sorted by path.
    static func swiftFiles() throws -> [SourceFile] {
        let sources = packageRoot.appendingPathComponent("Sources")
        guard let enumerator = FileManager.default.enumerator(atPath: sources.path) else { return [] }
        var files: [SourceFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift"), let module = relative.split(separator: "/").first else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
            files.append(SourceFile(path: "Sources/" + relative, module: String(module), text: text))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The names of the source targets declared in Package.swift (`.target(name:` and `.executableTarget(name:`).
    static func packageTargets() throws -> [String] {
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        return [".target(name: \"", ".executableTarget(name: \""].flatMap { opening in
            manifest.components(separatedBy: opening).dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        }
    }
}
