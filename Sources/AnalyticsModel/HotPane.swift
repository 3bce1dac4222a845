/// The newest pane of a window operator and when its earliest window closes.
///
/// A record in the newest pane is on time for every window covering it as long as the earliest
/// of them is open (the later ones close later), and it cannot move the earliest window still to
/// emit (that is at or before the pane's earliest window, which is open). So while the clock is
/// before `closesAtNs` such a record skips the search for its pane and its windows: one range
/// test instead of a division and two searches.
struct HotPane: Sendable {
    /// The pane's bounds, `[startNs, endNs)`, absolute epoch nanoseconds.
    let startNs: Int64
    let endNs: Int64
    /// The close time of the earliest window covering the pane: its end plus allowed lateness.
    let closesAtNs: Int64

    /// No pane open: takes no record.
    static let none = HotPane(startNs: .max, endNs: .min, closesAtNs: .min)

    /// Whether a record at `timeNs` goes straight to the pane, the clock being at `clockNs`.
    @inline(__always)
    func takes(_ timeNs: Int64, clockNs: Int64) -> Bool {
        timeNs >= startNs && timeNs < endNs && clockNs < closesAtNs
    }
}
