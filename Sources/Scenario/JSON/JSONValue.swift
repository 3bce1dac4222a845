/// A parsed JSON value and the byte offset where it starts in the text.
///
/// The offset lets validation list problems in document order even though fields are checked
/// in schema order. Numbers keep their literal text so that integers beyond 2^53 (seeds are
/// `UInt64`) are read exactly instead of through a `Double`.
public struct JSONValue: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Members in file order; keys are unique (the parser rejects duplicates).
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        /// The number's literal text, already checked against the JSON grammar.
        case number(String)
        case bool(Bool)
        case null
    }

    public var kind: Kind
    /// UTF-8 byte offset of the value's first character.
    public var offset: Int

    public init(_ kind: Kind, offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
