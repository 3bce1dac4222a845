/// Where payload text goes: either a byte counter (the hot path) or a real string (the edges).
///
/// Every payload and id is written once, generically, against this protocol, so the computed
/// size and the rendered text cannot disagree: there is only one description of the layout.
protocol TextSink {
    /// Appends fixed text (keys, punctuation, kind names): ASCII, never escaped. A `StaticString`
    /// so that counting it is a compile-time constant on the hot path.
    mutating func append(_ text: StaticString)
    /// Appends a number as `FixedDecimal` prints it.
    mutating func append(_ number: FixedDecimal)
    /// Appends `bytes` bytes of log text (`LogText`): ASCII, never escaped.
    mutating func appendLogText(bytes: Int)
}

/// Counts the UTF-8 bytes that would have been written, allocating nothing.
struct UTF8Counter: TextSink {
    var count = 0

    mutating func append(_ text: StaticString) { count += text.utf8CodeUnitCount }
    mutating func append(_ number: FixedDecimal) { count += number.utf8Count }
    mutating func appendLogText(bytes: Int) { count += bytes }
}

extension String: TextSink {
    mutating func append(_ text: StaticString) { self += text.description }
    mutating func append(_ number: FixedDecimal) { number.write(to: &self) }
    mutating func appendLogText(bytes: Int) { self += LogText.text(bytes: bytes) }
}
