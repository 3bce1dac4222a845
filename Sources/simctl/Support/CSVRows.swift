/// Payload JSON as CSV rows: the payloads are flat objects of numbers and plain strings
/// (`Payload`'s layouts), so their fields are read in order without a general JSON parser.
enum CSVRows {
    /// The fields of one flat payload object, in order, values as written (strings unquoted).
    /// - Precondition: `json` is a payload's rendering: no nesting, no escapes, no commas in strings.
    static func fields(_ json: String) -> [(name: String, value: String)] {
        json.dropFirst().dropLast().split(separator: ",").map { member in
            let parts = member.split(separator: ":", maxSplits: 1)
            let name = parts[0].dropFirst().dropLast()
            let value = parts[1].hasPrefix("\"") ? parts[1].dropFirst().dropLast() : parts[1]
            return (String(name), String(value))
        }
    }

    /// A header of every field name in order of first appearance, then a row per record.
    static func render(_ records: [[(name: String, value: String)]]) -> String {
        var columns: [String] = []
        for record in records {
            for field in record where !columns.contains(field.name) { columns.append(field.name) }
        }
        let rows = records.map { record in
            columns.map { column in record.first { $0.name == column }?.value ?? "" }.joined(separator: ",")
        }
        return ([columns.joined(separator: ",")] + rows).map { $0 + "\n" }.joined()
    }
}
