/// Which clock assigns a record to a window and decides when the window closes.
///
/// Event time makes results reproducible from the data alone (Flink's event-time windows);
/// processing time shows what a consumer actually saw and when (KDA's `ROWTIME`).
public enum WindowTime: String, CaseIterable, Sendable {
    /// The device's emission time (`Reading.emittedAt`), with a watermark and allowed lateness.
    case event
    /// The time the record reached the operator; a record is never late.
    case processing
}
