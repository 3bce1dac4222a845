/// Why a text is not JSON, and where: reported to the user as `line L, column C: reason`.
public struct JSONParseError: Error, Equatable, Sendable {
    /// UTF-8 byte offset of the offending character (the end of the text for a truncation).
    public var offset: Int
    public var reason: String

    /// One-based line and column of `offset`; columns count characters, not bytes.
    public func location(in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[0..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// `line 3, column 7: unexpected end of input`.
    public func message(in bytes: [UInt8]) -> String {
        let (line, column) = location(in: bytes)
        return "line \(line), column \(column): \(reason)"
    }
}
