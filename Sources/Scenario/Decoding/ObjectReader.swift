/// Reads the members of one JSON object by name, reporting unknown and missing fields.
///
/// Unknown members are reported as soon as the reader is made, because the schema is a contract:
/// a misspelt field must never be silently ignored.
struct ObjectReader {
    let field: Field
    private let members: [String: JSONValue]

    /// A reader over `field`'s members, or nil after reporting that it is not an object.
    ///
    /// - Parameter context: appended to the unknown-field message, e.g. `" for split-shard faults"`.
    init?(_ field: Field, allowed: [String], context: String = "") {
        guard case .object(let list) = field.value.kind else {
            field.problem("\(field.literal) is not an object (allowed fields: \(allowed.joined(separator: ", ")))")
            return nil
        }
        self.field = field
        members = Dictionary(list.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for member in list where !allowed.contains(member.key) {
            field.member(member.key, member.value)
                .problem("unknown field\(context) (allowed: \(allowed.joined(separator: ", ")))")
        }
    }

    func has(_ key: String) -> Bool { members[key] != nil }

    /// The member `key`, if present.
    func member(_ key: String) -> Field? {
        members[key].map { field.member(key, $0) }
    }

    /// A required member, decoded; reports it when missing.
    func required<T>(_ key: String, _ decode: (Field) -> T?) -> T? {
        guard let member = member(key) else {
            log(key, "missing required field")
            return nil
        }
        return decode(member)
    }

    /// Decodes an optional member into `target`, which keeps its default when the member is
    /// absent or invalid.
    ///
    /// - Returns: false if the member is present but invalid, so cross-field rules can skip it.
    @discardableResult
    func read<T>(_ key: String, into target: inout T, _ decode: (Field) -> T?) -> Bool {
        guard let member = member(key) else { return true }
        guard let value = decode(member) else { return false }
        target = value
        return true
    }

    /// Logs a problem against member `key`, or against the object when the member is absent.
    func log(_ key: String, _ message: String) {
        let target = member(key)
        let path = target?.path ?? field.member(key, field.value).path
        field.log.add(path: path, message: message, offset: target?.value.offset ?? field.value.offset)
    }

    /// Logs member `key`'s value as written followed by `reason`, for rules between fields.
    func reject(_ key: String, _ reason: String) {
        log(key, "\(member(key)?.literal ?? "") \(reason)")
    }
}
