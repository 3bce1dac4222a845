import SimKernel

/// What one shard accepted in the window that ends now, recomputed from acceptances: the last
/// second `(t − 1 s, t]` (sliding-window model) or the aligned second `[k s, t]` that holds `t`
/// (fixed-window model).
///
/// Both are "the acceptances since the window's first instant", so one ledger serves both: it
/// keeps the acceptances in time order and drops those before the window's start. The
/// window's content only grows at acceptances, so checking every acceptance checks every
/// window. Memory: the acceptances of one second, in a growable ring (an array and a head).
struct WriteWindowLedger: Sendable {
    struct Acceptance: Sendable {
        var time: SimTime
        var bytes: Int64
    }

    let aligned: Bool
    private var acceptances: [Acceptance] = []
    private var head = 0
    /// Start (inclusive, ns) of the window that ends at the last `advance`.
    private var start: Int64 = 0
    private(set) var records: Int64 = 0
    private(set) var bytes: Int64 = 0

    init(aligned: Bool) {
        self.aligned = aligned
    }

    /// Moves the window to end at `now`, dropping the acceptances before it. Divides only when
    /// a new aligned second begins.
    mutating func advance(to now: SimTime) {
        if !aligned {
            start = now.nanoseconds - 999_999_999
        } else if now.nanoseconds - start >= 1_000_000_000 {
            start = now.nanoseconds - now.nanoseconds % 1_000_000_000
        }
        while head < acceptances.count && acceptances[head].time.nanoseconds < start {
            records -= 1
            bytes -= acceptances[head].bytes
            head += 1
        }
        if head > 4_096 && head * 2 > acceptances.count {
            acceptances.removeFirst(head)
            head = 0
        }
    }

    mutating func add(bytes size: Int64, at now: SimTime) {
        acceptances.append(Acceptance(time: now, bytes: size))
        records += 1
        bytes += size
    }

    /// The current window, as messages name it.
    var window: String {
        aligned ? "the aligned second from \(SimTime(nanoseconds: start))" : "the second up to it"
    }
}
