import Foundation
import Testing

/// A parsed `--json` machine summary: nested objects addressed by dotted paths.
struct MachineSummaryJSON {
    let root: [String: Any]

    init(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        root = try #require(object as? [String: Any], "the machine summary is not a JSON object:\n\(text)",
                            sourceLocation: sourceLocation)
    }

    /// The value at `components` (e.g. `["records", "dropped"]`), or nil when any step is missing.
    func value(_ components: [String]) -> Any? {
        var current: Any = root
        for component in components {
            guard let object = current as? [String: Any], let next = object[component] else { return nil }
            current = next
        }
        return current
    }

    /// The value at a dotted path such as `"records.dropped"`.
    func value(at path: String) -> Any? {
        value(path.split(separator: ".").map(String.init))
    }

    func string(at path: String) -> String? { value(at: path) as? String }

    /// A JSON number (not a string, not a boolean) as a Double. Booleans also come back as
    /// NSNumber; their `objCType` is "c" (char), a number's is an integer or floating type.
    func number(at path: String) -> Double? {
        guard let number = value(at: path) as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return number.doubleValue
    }

    /// Consumers that received fewer records than were accepted, with the shortfall not counted
    /// as lost or in flight: every accepted record must reach every consumer or be accounted for.
    func unaccountedShortfalls() -> [String] {
        let accepted = number(at: "records.accepted") ?? 0
        return keys(at: "consumers").compactMap { name in
            let delivered = number(at: "consumers.\(name).delivered") ?? 0
            let undelivered = number(at: "consumers.\(name).undelivered") ?? 0
            let redelivered = number(at: "consumers.\(name).duplicates") ?? 0
            let accounted = delivered - redelivered + undelivered
            return accounted != accepted
                ? "\(name): delivered \(Int(delivered)) − duplicates \(Int(redelivered)) + undelivered \(Int(undelivered)) ≠ accepted \(Int(accepted))"
                : nil
        }
    }

    /// The member names of the object at `path`, sorted.
    func keys(at path: String) -> [String] {
        ((value(at: path) as? [String: Any])?.keys).map { $0.sorted() } ?? []
    }
}
