/// The rule for storing a `UInt64` seed: decimal TEXT.
///
/// SQLite's INTEGER is signed 64-bit, so a seed above `Int64.max` would have to be stored as its
/// bit pattern, which the sqlite3 shell shows as a negative number nobody could pass back to
/// `simctl run --seed`. Decimal text keeps every seed exact and copy-pasteable; the `runs.seed`
/// CHECK admits only 1–20 ASCII digits.
enum SeedText {
    static func text(for seed: UInt64) -> String {
        String(seed)
    }

    /// - Throws: `StoreError.corruptValue` if the text is not a `UInt64`, which only a hand
    ///   edit of the file can cause (for example 20 digits above `UInt64.max`).
    static func seed(from text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else {
            throw StoreError.corruptValue(column: "runs.seed", value: text)
        }
        return seed
    }
}
