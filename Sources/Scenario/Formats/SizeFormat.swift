/// The scenario size format: `"512B"`, `"64KiB"`, `"1MiB"`, `"1KB"` (= 1,000 B) or plain bytes.
///
/// Binary (KiB, MiB, GiB) and decimal (KB, MB, GB) units are both accepted because Kinesis
/// documents its limits in the former and its prices in the latter.
enum SizeFormat {
    static let units: [String: Int64] = [
        "B": 1, "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000,
        "KiB": 1_024, "MiB": 1_048_576, "GiB": 1_073_741_824,
    ]

    static let examples = #"examples: "512B", "64KiB", "5MiB", "1KB", 1048576"#

    /// The number of bytes `text` denotes (`"64KiB"`, or digits alone), or nil if it is not a size.
    static func parse(_ text: String) -> Int64? {
        let number = text.prefix { $0.isASCII && $0.isNumber }
        let unitName = text.dropFirst(number.count)
        guard let count = Int64(number), let unit = unitName.isEmpty ? 1 : units[String(unitName)] else {
            return nil
        }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }
}

extension SizeFormat {
    /// The shortest exact rendering with a binary unit: `5MiB`, `1B`, `1500B`.
    static func describe(_ bytes: Int64) -> String {
        for (name, size) in [("GiB", Int64(1_073_741_824)), ("MiB", 1_048_576), ("KiB", 1_024)]
        where bytes != 0 && bytes % size == 0 {
            return "\(bytes / size)\(name)"
        }
        return "\(bytes)B"
    }
}
