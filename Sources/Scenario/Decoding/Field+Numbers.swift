extension Field {
    /// An integer in `allowed`; `5.0` and `1e3` are not integers.
    func int(_ allowed: ClosedRange<Int>) -> Int? {
        let allowedText = "allowed: \(Bounds.describe(allowed))"
        guard case .number(let text) = value.kind, Self.isIntegerLiteral(text) else {
            return reject("\(literal) is not an integer (\(allowedText))")
        }
        guard let number = Int(text), allowed.contains(number) else {
            return reject("\(literal) is out of range (\(allowedText))")
        }
        return number
    }

    /// A `UInt64` read exactly from the literal text (seeds use the whole range).
    func uint64() -> UInt64? {
        let allowedText = "allowed: 0 to \(UInt64.max)"
        guard case .number(let text) = value.kind, Self.isIntegerLiteral(text) else {
            return reject("\(literal) is not an integer (\(allowedText))")
        }
        guard let number = UInt64(text) else { return reject("\(literal) is out of range (\(allowedText))") }
        return number
    }

    /// A finite number within `bounds`.
    func number(_ bounds: Bounds) -> Double? {
        guard case .number(let text) = value.kind else {
            return reject("\(literal) is not a number (allowed: \(bounds.description))")
        }
        guard let number = Double(text), number.isFinite, bounds.contains(number) else {
            return reject("\(literal) is out of range (allowed: \(bounds.description))")
        }
        return number
    }

    /// Whether a JSON number literal has no fraction and no exponent.
    static func isIntegerLiteral(_ text: String) -> Bool {
        !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
    }
}

extension Field {
    /// `true` or `false`.
    func bool() -> Bool? {
        guard case .bool(let flag) = value.kind else { return reject("\(literal) is not a boolean (allowed: true, false)") }
        return flag
    }
}
