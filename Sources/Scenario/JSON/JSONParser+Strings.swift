extension JSONParser {
    /// Parses a string literal at `index` (which holds the opening quote), resolving escapes.
    ///
    /// Raw control characters are rejected as RFC 8259 requires, and the decoded bytes must be
    /// valid UTF-8: the parser reads raw file bytes, so a corrupt file fails here, with a position.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = peek() else { throw unexpected("inside a string") }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw JSONParseError(offset: start, reason: "string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                utf8.append(contentsOf: try parseEscape())
            case 0..<0x20:
                throw unexpected("inside a string (control characters must be escaped)")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    /// Parses one escape sequence at `index` (the backslash) into UTF-8 bytes.
    mutating func parseEscape() throws(JSONParseError) -> [UInt8] {
        let start = index
        index += 1
        guard let letter = peek() else { throw unexpected("inside a string") }
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [letter]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "u"): return Array(String(try parseUnicodeEscape(start: start)).utf8)
        default: throw JSONParseError(offset: start, reason: "invalid escape sequence in string")
        }
    }

    /// Parses the hex digits after `\u`, joining a UTF-16 surrogate pair into one scalar.
    mutating func parseUnicodeEscape(start: Int) throws(JSONParseError) -> Unicode.Scalar {
        let invalid = JSONParseError(offset: start, reason: "invalid \\u escape in string")
        let first = try parseHex4(or: invalid)
        if (0xDC00...0xDFFF).contains(first) { throw invalid }
        guard (0xD800...0xDBFF).contains(first) else {
            guard let scalar = Unicode.Scalar(first) else { throw invalid }
            return scalar
        }
        guard peek() == UInt8(ascii: "\\") else { throw invalid }
        index += 1
        guard peek() == UInt8(ascii: "u") else { throw invalid }
        index += 1
        let second = try parseHex4(or: invalid)
        guard (0xDC00...0xDFFF).contains(second),
              let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        else { throw invalid }
        return scalar
    }

    mutating func parseHex4(or error: JSONParseError) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexDigit(byte) else { throw error }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
