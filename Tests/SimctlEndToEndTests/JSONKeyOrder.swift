/// Checks that a JSON text lists the members of every object in sorted order (by UTF-8 bytes),
/// as the machine summary promises. Scans the text itself, since a parsed object has no order.
enum JSONKeyOrder {
    /// Every key that does not come strictly after its previous sibling, as `"previous" ≥ "key"`.
    static func outOfOrderKeys(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var previousKeys: [[UInt8]?] = []  // one entry per open object or array
        var isObject: [Bool] = []
        var problems: [String] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                isObject.append(bytes[index] == UInt8(ascii: "{"))
                previousKeys.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                isObject.removeLast()
                previousKeys.removeLast()
            case UInt8(ascii: "\""):
                let end = endOfString(bytes, from: index)
                let key = Array(bytes[(index + 1)..<end])
                if isObject.last == true, nextSignificant(bytes, after: end) == UInt8(ascii: ":") {
                    if let previous = previousKeys[previousKeys.count - 1], !previous.lexicographicallyPrecedes(key) {
                        problems.append("\"\(String(decoding: previous, as: UTF8.self))\" ≥ \"\(String(decoding: key, as: UTF8.self))\"")
                    }
                    previousKeys[previousKeys.count - 1] = key
                }
                index = end
            default:
                break
            }
            index += 1
        }
        return problems
    }

    /// The index of the quote that closes the string opening at `start`.
    static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(index, bytes.count - 1)
    }

    static func nextSignificant(_ bytes: [UInt8], after index: Int) -> UInt8? {
        bytes[(index + 1)...].first { ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0) }
    }
}
