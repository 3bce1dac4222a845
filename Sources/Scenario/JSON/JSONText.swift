/// The strict JSON parser for other files simctl reads (baselines): exact number literals,
/// duplicate keys refused, and a syntax error given as a sentence with its line and column.
public enum JSONText {
    public static func parse(_ text: String) -> Result<JSONValue, JSONTextError> {
        let bytes = Array(text.utf8)
        return JSONParser.parse(bytes).mapError { JSONTextError(message: $0.message(in: bytes)) }
    }
}

/// A JSON syntax error, worded with its line and column.
public struct JSONTextError: Error, Sendable {
    public var message: String
}
