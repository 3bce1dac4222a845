/// A strict JSON parser (RFC 8259) over UTF-8 bytes that never crashes on bad input.
///
/// Ours rather than Foundation's because scenario validation needs what `JSONSerialization`
/// does not give: members in file order, duplicate keys rejected, numbers as exact literal text,
/// byte offsets for every value, and a line and column for every syntax error. Nesting is capped
/// at `maxDepth` so hostile input cannot exhaust the stack.
struct JSONParser {
    static let maxDepth = 64

    let bytes: [UInt8]
    var index = 0

    /// Parses one complete JSON text; whitespace may surround the value, nothing else may follow.
    static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        var parser = JSONParser(bytes: bytes)
        do throws(JSONParseError) {
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < bytes.count {
                throw parser.unexpected("after the JSON value")
            }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let start = index
        guard let byte = peek() else { throw unexpected() }
        switch byte {
        case UInt8(ascii: "{"): return JSONValue(.object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["): return JSONValue(.array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), offset: start)
        default: throw unexpected()
        }
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> [JSONMember] {
        try checkDepth(depth)
        index += 1
        var members: [JSONMember] = []
        var keys: Set<String> = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            let member = try parseMember(depth: depth, knownKeys: keys)
            keys.insert(member.key)
            members.append(member)
            if try endOfList(closing: "}") { return members }
        }
    }

    mutating func parseMember(depth: Int, knownKeys: Set<String>) throws(JSONParseError) -> JSONMember {
        skipWhitespace()
        let keyStart = index
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("where an object key (a string) belongs") }
        let key = try parseString()
        if knownKeys.contains(key) {
            throw JSONParseError(offset: keyStart, reason: "duplicate key \(JSONValue.quoted(key)) in object")
        }
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw unexpected("where ':' belongs after an object key") }
        index += 1
        return JSONMember(key: key, value: try parseValue(depth: depth))
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> [JSONValue] {
        try checkDepth(depth)
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try parseValue(depth: depth))
            if try endOfList(closing: "]") { return elements }
        }
    }

    /// Consumes the `,` between list items (returns false) or the closing bracket (returns true).
    mutating func endOfList(closing: Unicode.Scalar) throws(JSONParseError) -> Bool {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: ","):
            index += 1
            return false
        case UInt8(ascii: closing):
            index += 1
            return true
        default:
            throw unexpected("where ',' or '\(closing)' belongs")
        }
    }

    func checkDepth(_ depth: Int) throws(JSONParseError) {
        if depth > Self.maxDepth {
            throw JSONParseError(offset: index, reason: "nesting deeper than \(Self.maxDepth) levels")
        }
    }

    mutating func expectWord(_ word: String) throws(JSONParseError) {
        for expected in word.utf8 {
            guard peek() == expected else { throw unexpected("(expected \(word))") }
            index += 1
        }
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    /// The error for the byte at the current position, or for the end of the input.
    func unexpected(_ context: String = "") -> JSONParseError {
        let suffix = context.isEmpty ? "" : " " + context
        guard let byte = peek() else {
            return JSONParseError(offset: index, reason: "unexpected end of input" + suffix)
        }
        return JSONParseError(offset: index, reason: "unexpected \(Self.describe(byte))" + suffix)
    }

    /// A printable name for a byte: `character 'x'` for visible ASCII, `line break`, `byte 0xC3`.
    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        let names: [UInt8: String] = [0x0A: "line break", 0x0D: "carriage return", 0x09: "tab", 0x20: "space"]
        if let name = names[byte] { return name }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
