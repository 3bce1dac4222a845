/// A JSON value being decoded, with its path for problem reports.
///
/// Decoding functions take a `Field` and return the typed value, or nil after logging a problem
/// that quotes the value and says what is allowed.
struct Field {
    let value: JSONValue
    let path: String
    let log: ProblemLog

    /// The value as written, for messages.
    var literal: String { value.literal }

    /// Logs `message` against this field; the root object is `$`.
    func problem(_ message: String) {
        log.add(path: path.isEmpty ? ScenarioProblem.rootPath : path, message: message, offset: value.offset)
    }

    /// Logs `message` and returns nil, so a decoder can `return field.reject(...)`.
    func reject<T>(_ message: String) -> T? {
        problem(message)
        return nil
    }

    /// The field of member `key`: `fleet.gateways`, or `fleet["odd key"]` when the key is not a
    /// plain name, so that every path reads back unambiguously. A key longer than a quoted value
    /// may be is cut as values are (`fleet["aaaa…"]`): paths are echoed in every message.
    func member(_ key: String, _ value: JSONValue) -> Field {
        let isPlainName = key.first?.isLetter == true && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            && key.count <= JSONValue.maxLiteralCharacters
        let step = isPlainName ? (path.isEmpty ? key : ".\(key)") : "[\(JSONValue.shortened(JSONValue.quoted(key)))]"
        return Field(value: value, path: path + step, log: log)
    }

    /// Member `key` of this object, looked up without checking the object's other members.
    func lookup(_ key: String) -> Field? {
        guard case .object(let members) = value.kind, let found = members.first(where: { $0.key == key }) else {
            return nil
        }
        return member(key, found.value)
    }

    func element(_ index: Int, _ value: JSONValue) -> Field {
        Field(value: value, path: "\(path)[\(index)]", log: log)
    }

    /// The elements of an array holding `allowedCount` of them.
    func array(of noun: String, count allowedCount: ClosedRange<Int>) -> [Field]? {
        guard case .array(let elements) = value.kind else {
            return reject("\(literal) is not an array (allowed: \(Bounds.describe(allowedCount)) \(noun))")
        }
        guard allowedCount.contains(elements.count) else {
            return reject("\(elements.count) \(noun) given (allowed: \(Bounds.describe(allowedCount)))")
        }
        return elements.enumerated().map { element($0.offset, $0.element) }
    }

    /// The value's text if it is a JSON string.
    var stringValue: String? {
        guard case .string(let text) = value.kind else { return nil }
        return text
    }
}
