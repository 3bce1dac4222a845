import Scenario
import SimKernel

/// A JSON document built in memory and written with sorted keys and plain numbers, so the
/// machine summary is byte-for-byte stable for a given run.
public indirect enum JSONTree: Equatable, Sendable {
    case object([String: JSONTree])
    case string(String)
    case integer(Int64)
    /// Written exactly, digit for digit (seeds use all 64 bits).
    case unsigned(UInt64)
    case number(Double)
    case bool(Bool)
    case array([JSONTree])
    case null

    /// Sets the value at a dotted path (`records.accepted`), creating objects on the way.
    public mutating func set(_ path: [String], _ value: JSONTree) {
        guard case .object(var members) = self, let head = path.first else { return }
        if path.count == 1 {
            members[head] = value
        } else {
            var child = members[head] ?? .object([:])
            child.set(Array(path.dropFirst()), value)
            members[head] = child
        }
        self = .object(members)
    }

    /// The document as text: two-space indentation, keys sorted by their UTF-8 bytes.
    public func rendered() -> String {
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    func write(to text: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { text += "{}"; return }
            let inner = indent + "  "
            text += "{\n"
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (position, key) in keys.enumerated() {
                text += inner + Self.quoted(key) + ": "
                members[key]!.write(to: &text, indent: inner)
                text += position == keys.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        case .string(let value): text += Self.quoted(value)
        case .integer(let value): text += String(value)
        case .unsigned(let value): text += String(value)
        case .number(let value): text += value.isFinite ? value.plainText : "null"
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        case .array(let elements):
            guard !elements.isEmpty else { text += "[]"; return }
            let inner = indent + "  "
            text += "[\n"
            for (position, element) in elements.enumerated() {
                text += inner
                element.write(to: &text, indent: inner)
                text += position == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        }
    }

    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }
}
