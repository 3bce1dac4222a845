/// A unified diff (`diff -u` style, three lines of context) of two texts, line by line, from the
/// standard library's `CollectionDifference` (a Myers diff).
enum UnifiedDiff {
    enum Line: Equatable {
        case same(String), removed(String), added(String)
    }

    /// The diff's lines with `---`/`+++` headers and `@@` hunks; empty when the texts are equal.
    static func render(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> [String] {
        let script = editScript(old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        guard script.contains(where: { !$0.isSame }) else { return [] }
        var out = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks(script, context: context) { out += render(hunk, in: script) }
        return out
    }

    /// Every line of both texts in order: kept, removed from the old, or added in the new.
    static func editScript(_ old: [String], _ new: [String]) -> [Line] {
        let difference = new.difference(from: old)
        var removed = Set<Int>(), added = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): added.insert(offset)
            }
        }
        var script: [Line] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count && removed.contains(i) {
                script.append(.removed(old[i])); i += 1
            } else if j < new.count && added.contains(j) {
                script.append(.added(new[j])); j += 1
            } else {
                script.append(.same(old[i])); i += 1; j += 1
            }
        }
        return script
    }

    /// Ranges of the script around changes, `context` lines each side, overlapping ones joined.
    static func hunks(_ script: [Line], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, line) in script.enumerated() where !line.isSame {
            let range = max(0, index - context)..<min(script.count, index + context + 1)
            if let last = ranges.last, last.upperBound >= range.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    static func render(_ hunk: Range<Int>, in script: [Line]) -> [String] {
        let before = script[..<hunk.lowerBound]
        let oldStart = before.filter { !$0.isAdded }.count + 1
        let newStart = before.filter { !$0.isRemoved }.count + 1
        let lines = script[hunk]
        let header = "@@ -\(oldStart),\(lines.filter { !$0.isAdded }.count) +\(newStart),\(lines.filter { !$0.isRemoved }.count) @@"
        return [header] + lines.map {
            switch $0 {
            case .same(let text): " " + text
            case .removed(let text): "-" + text
            case .added(let text): "+" + text
            }
        }
    }
}

extension UnifiedDiff.Line {
    var isSame: Bool { if case .same = self { true } else { false } }
    var isAdded: Bool { if case .added = self { true } else { false } }
    var isRemoved: Bool { if case .removed = self { true } else { false } }
    var text: String {
        switch self {
        case .same(let text), .removed(let text), .added(let text): text
        }
    }
}
