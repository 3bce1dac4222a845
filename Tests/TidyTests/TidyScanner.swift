import Foundation

/// One rule broken on one line of a source file.
struct TidyViolation: Equatable, CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var message: String

    var description: String { "\(file):\(line): \(message)" }
}

/// Reads Swift source text and reports imports that break the layer table and banned APIs in the
/// simulated world. Comments (`//`, `///`) are ignored except for FIXME, which lives in comments.
enum TidyScanner {
    /// Banned in the simulated world: wall clocks, global randomness, concurrency, hash order.
    /// `wordStart` patterns must not be preceded by an identifier character (`CivilDate(` is fine).
    static let bannedPatterns: [(pattern: String, wordStart: Bool)] = [
        ("Date(", true), ("Date.now", true), ("ContinuousClock", true), ("SuspendingClock", true),
        ("SystemRandomNumberGenerator", true), ("Task {", true), ("DispatchQueue", true), (".hashValue", false),
    ]

    static func violations(in text: String, file: String, module: String) -> [TidyViolation] {
        guard let rule = LayerTable.rules[module] else {
            return [TidyViolation(file: file, line: 1, message: "module \(module) has no row in the layer table")]
        }
        let checkBanned = rule.isSimulatedWorld && !LayerTable.exemptFiles.contains(file)
        var found: [TidyViolation] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = codePart(of: String(line))
            let problems = importProblems(code, rule: rule, module: module)
                + (checkBanned ? bannedProblems(code, fullLine: String(line)) : [])
            found += problems.map { TidyViolation(file: file, line: index + 1, message: $0) }
        }
        return found
    }

    static func importProblems(_ code: String, rule: ModuleRule, module: String) -> [String] {
        guard let imported = importedModule(code), let allowed = rule.allowedImports else { return [] }
        if imported == "Foundation", LayerTable.foundationFreeLayers.contains(rule.layer) {
            return ["import Foundation in \(module) (\(rule.layer)): L0–L3 are Foundation-free"]
        }
        guard !allowed.contains(imported) else { return [] }
        return ["import \(imported) in \(module) (\(rule.layer)) breaks the layer table (allowed: \(allowed.sorted().joined(separator: ", ")))"]
    }

    static func bannedProblems(_ code: String, fullLine: String) -> [String] {
        var problems = bannedPatterns.filter { contains(code, $0.pattern, wordStart: $0.wordStart) }
            .map { "\($0.pattern) is banned in the simulated world" }
        if code.contains(".random(in:"), !code.contains("using:") {
            problems.append(".random(in:) without using: draws from the global generator")
        }
        if fullLine.contains("FIXME") { problems.append("FIXME left in the source") }
        return problems
    }

    /// The module named by an `import` declaration (`@testable import X`, `import struct X.Y`), if `code` is one.
    static func importedModule(_ code: String) -> String? {
        let modifiers: Set<String> = ["public", "internal", "package", "private", "fileprivate"]
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let", "actor"]
        var words = code.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        while let first = words.first, first.hasPrefix("@") || modifiers.contains(first) { words = words.dropFirst() }
        guard words.first == "import" else { return nil }
        words = words.dropFirst()
        if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
        return words.first.map { String($0.prefix { $0 != "." }) }
    }

    /// `line` without its `//` comment; `//` inside a string literal does not start a comment.
    static func codePart(of line: String) -> String {
        var inString = false
        var escaped = false
        var previous: Character?
        for index in line.indices {
            let character = line[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "/", previous == "/" {
                return String(line[..<line.index(before: index)])
            }
            previous = inString ? nil : character
        }
        return line
    }

    /// Whether `code` contains `pattern`, and (for `wordStart`) not as the tail of a longer identifier.
    static func contains(_ code: String, _ pattern: String, wordStart: Bool) -> Bool {
        var searchStart = code.startIndex
        while let range = code.range(of: pattern, range: searchStart..<code.endIndex) {
            if !wordStart || range.lowerBound == code.startIndex { return true }
            let before = code[code.index(before: range.lowerBound)]
            if !(before.isLetter || before.isNumber || before == "_") { return true }
            searchStart = code.index(after: range.lowerBound)
        }
        return false
    }
}
