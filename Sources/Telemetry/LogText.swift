/// The text of a diagnostic-log excerpt, for where bytes leave the simulation (`simctl sample`,
/// sink files): plausible log lines, repeated and cut to the drawn length. ASCII with no
/// character JSON escapes, so the byte count the hot path adds is the text's length exactly.
enum LogText {
    static let lines = [
        "I 0001 sensor: sampled hr/spo2/motion ok; ", "I 0002 ble: link up rssi -61; ",
        "D 0003 sleep: stage light->deep; ", "W 0004 power: battery 3.71V; ", "I 0005 sync: upload queued; ",
    ]
    static let cycle = lines.joined()

    static func text(bytes: Int) -> String {
        let repeats = bytes / cycle.utf8.count + 1
        return String(String(repeating: cycle, count: repeats).utf8.prefix(bytes))!
    }
}
