extension Field {
    /// Any string.
    func string() -> String? {
        guard let text = stringValue else { return reject("\(literal) is not a string") }
        return text
    }

    /// One of an enumeration's scenario names; `what` names the thing in messages (`"a put mode"`).
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) -> T? where T.RawValue == String {
        choice(T.allCases.map { ($0.rawValue, $0) }, what: what)
    }

    /// One of `options`, matched by exact name.
    func choice<T>(_ options: [(name: String, value: T)], what: String) -> T? {
        guard let text = stringValue, let match = options.first(where: { $0.name == text }) else {
            let names = options.map { JSONValue.quoted($0.name) }.joined(separator: ", ")
            return reject("\(literal) is not \(what) (allowed: \(names))")
        }
        return match.value
    }

    /// A value of a type that parses itself from a string, such as `IDRange` or `StartTime`.
    func parsed<T>(_ parse: (String) -> T?, what: String, allowed: String) -> T? {
        guard let text = stringValue, let parsed = parse(text) else {
            return reject("\(literal) is not \(what) (\(allowed))")
        }
        return parsed
    }
}
