import Foundation

/// A plan as JSON (`simctl plan --format json`, and the store's copy): the document with sorted
/// keys, so that equal plans are equal bytes.
public enum PlanJSON {
    public static func render(_ plan: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = nonFinite
        // Plain structs of strings and numbers, the non-finite ones spelled out: cannot fail.
        let data = try! encoder.encode(plan)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A stored plan's document back; nil when the text is not a plan this version can read.
    public static func parse(_ text: String) -> PlanDocument? {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity",
                                                                        nan: "NaN")
        guard let plan = try? decoder.decode(PlanDocument.self, from: Data(text.utf8)),
              plan.schema == PlanDocument.currentSchema else { return nil }
        return plan
    }

    static let nonFinite = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
}
