extension JSONParser {
    /// Parses a number literal at `index` and returns its exact text.
    ///
    /// Grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`; leading zeros, a bare
    /// `-`, `.5` and `5.` are errors, as in RFC 8259.
    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
            if let byte = peek(), Self.isDigit(byte) {
                throw JSONParseError(offset: index, reason: "invalid number (leading zeros are not allowed)")
            }
        } else {
            try digits()
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            try digits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            try digits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Consumes one or more decimal digits.
    mutating func digits() throws(JSONParseError) {
        guard let first = peek(), Self.isDigit(first) else { throw unexpected("in a number (expected a digit)") }
        while let byte = peek(), Self.isDigit(byte) {
            index += 1
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
