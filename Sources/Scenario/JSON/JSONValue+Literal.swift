extension JSONValue {
    /// Longest rendering quoted back to the user in a problem message; longer ones are elided.
    static let maxLiteralCharacters = 60

    /// The value as it would be written in JSON, compact and shortened, for problem messages.
    var literal: String { Self.shortened(compactText) }

    /// `text`, elided after `maxLiteralCharacters`.
    static func shortened(_ text: String) -> String {
        guard text.count > maxLiteralCharacters else { return text }
        return String(text.prefix(maxLiteralCharacters)) + "…"
    }

    /// A compact JSON rendering of the value.
    var compactText: String {
        switch kind {
        case .object(let members):
            let body = members.map { "\(Self.quoted($0.key)): \($0.value.compactText)" }
            return "{" + body.joined(separator: ", ") + "}"
        case .array(let elements):
            return "[" + elements.map(\.compactText).joined(separator: ", ") + "]"
        case .string(let text): return Self.quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    /// `text` as a JSON string literal, escaping what JSON requires.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += (scalar.value < 0x10 ? "\\u000" : "\\u00") + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
