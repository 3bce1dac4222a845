import SimKernel

/// The window operators' results against an independent count of what they were fed: for
/// every window, the records its results count plus the records counted late for it must be
/// every record fed whose time falls in it, and a window with no late record must sum to the
/// values fed. A record left out of a window, counted twice, put in the wrong window, or dropped
/// without being counted late breaks it.
///
/// The check keeps its own per-window counts, updated for every window covering each record
/// (size/slide of them: the naive way, not the operators' panes), in windows ascending by start.
/// Memory is O(windows), as the operators' results are.
public struct WindowCompletenessCheck: Sendable {
    /// How one operator cuts time into windows.
    public struct Geometry: Sendable {
        /// `consumer/index`, to name it in messages.
        public var label: String
        public var sizeNs: Int64
        public var slideNs: Int64
        public init(label: String, sizeNs: Int64, slideNs: Int64) {
            self.label = label
            self.sizeNs = sizeNs
            self.slideNs = slideNs
        }
    }

    /// One window's figures: records and the sum of their values.
    public struct Tally: Sendable {
        public var startMs: Int64
        public var records: Int64
        public var sum: Double
        public init(startMs: Int64, records: Int64, sum: Double) {
            self.startMs = startMs
            self.records = records
            self.sum = sum
        }
    }

    /// Per operator: its geometry and the tumbling shortcut's window.
    @usableFromInline
    struct Lane: Sendable {
        @usableFromInline let sizeNs: Int64
        @usableFromInline let slideNs: Int64
        /// A tumbling operator's window last fed, `[newestStartNs, newestEndNs)`, counted apart
        /// from `fed` (into which it is folded when another window is fed), so a record in the
        /// same window costs two compares and two adds. Empty (`.max`, `.min`) before the first
        /// record, and always for a sliding operator, which never takes the shortcut.
        @usableFromInline var newestStartNs = Int64.max
        @usableFromInline var newestEndNs = Int64.min
        @usableFromInline var newestRecords: Int64 = 0
        @usableFromInline var newestSum = 0.0

        init(sizeNs: Int64, slideNs: Int64) {
            self.sizeNs = sizeNs
            self.slideNs = slideNs
        }

        var newest: Tally? {
            newestStartNs == .max ? nil : Tally(startMs: newestStartNs / 1_000_000, records: newestRecords, sum: newestSum)
        }
    }

    let geometries: [Geometry]
    @usableFromInline var lanes: ContiguousArray<Lane>
    /// Per operator: what was fed to each window, ascending by start (a tumbling operator's newest apart).
    var fed: [[Tally]]
    var log = ViolationLog()

    public init(operators: [Geometry]) {
        geometries = operators
        lanes = ContiguousArray(operators.map { Lane(sizeNs: $0.sizeNs, slideNs: $0.slideNs) })
        fed = Array(repeating: [], count: operators.count)
    }

    /// Operator `index` was fed a record whose window time is `timeNs` (epoch ns) with `value`.
    /// Inlined into the feeding loop for the tumbling shortcut, which nearly every record of a
    /// tumbling operator takes.
    /// - Complexity: O(size/slide) windows updated, each found from the newest.
    @inlinable
    public mutating func observe(operator index: Int, timeNs: Int64, value: Double) {
        if timeNs >= lanes[index].newestStartNs && timeNs < lanes[index].newestEndNs {
            lanes[index].newestRecords += 1
            lanes[index].newestSum += value
        } else {
            observeOutsideNewest(operator: index, timeNs: timeNs, value: value)
        }
    }

    /// A record of a sliding operator, or of a tumbling one outside its newest window.
    @usableFromInline
    mutating func observeOutsideNewest(operator index: Int, timeNs: Int64, value: Double) {
        let (sizeNs, slideNs) = (lanes[index].sizeNs, lanes[index].slideNs)
        let offset = timeNs % slideNs
        var start = timeNs - (offset < 0 ? offset + slideNs : offset)
        // Windows covering the record, counted first so that no start below the earliest (near
        // the bottom of the 64-bit range for early start times) is ever formed.
        guard sizeNs != slideNs else {
            if let newest = lanes[index].newest { add(newest, operator: index) }
            lanes[index].newestStartNs = start
            lanes[index].newestEndNs = start + sizeNs
            lanes[index].newestRecords = 1
            lanes[index].newestSum = value
            return
        }
        let covering = (sizeNs - (timeNs - start) - 1) / slideNs + 1
        if addToNewest(operator: index, latestNs: start, earliestNs: start - (covering - 1) * slideNs,
                       covering: Int(covering), value: value) { return }
        for window in 0..<covering {
            if window > 0 { start -= slideNs }
            add(Tally(startMs: start / 1_000_000, records: 1, sum: value), operator: index)
        }
    }

    /// The usual case of a sliding operator: the record's `covering` windows, `earliestNs` to
    /// `latestNs`, are the newest ones already fed. Then they are the last `covering` tallies
    /// (ascending, distinct starts on slide multiples: the first and last matching leaves no room
    /// for another), each updated in place — still one update per covering window, without the
    /// search `fold` makes for each. Returns false, changing nothing, otherwise.
    @inline(__always)
    mutating func addToNewest(operator index: Int, latestNs: Int64, earliestNs: Int64, covering: Int, value: Double) -> Bool {
        fed[index].withUnsafeMutableBufferPointer { windows in
            let count = windows.count
            guard count >= covering, windows[count - 1].startMs == latestNs / 1_000_000,
                  windows[count - covering].startMs == earliestNs / 1_000_000 else { return false }
            for position in (count - covering)..<count {
                windows[position].records += 1
                windows[position].sum += value
            }
            return true
        }
    }

    /// Folds `tally` into its window's counts.
    mutating func add(_ tally: Tally, operator index: Int) {
        Self.fold(tally, into: &fed[index])
    }

    /// Folds `tally` into the window of `windows` (ascending by start) it belongs to, searching
    /// from the newest.
    static func fold(_ tally: Tally, into windows: inout [Tally]) {
        var position = windows.count
        while position > 0 && windows[position - 1].startMs > tally.startMs { position -= 1 }
        if position > 0 && windows[position - 1].startMs == tally.startMs {
            windows[position - 1].records += tally.records
            windows[position - 1].sum += tally.sum
        } else {
            windows.insert(tally, at: position)
        }
    }

    /// Compares each operator's result rows (one tally per window and group, in window order)
    /// and late counts (per window) with what it was fed.
    public func verify(results: [[Tally]], late: [[Tally]]) -> InvariantResult {
        var log = log
        for index in geometries.indices {
            let counted = Self.byWindow(results[index])
            let lateCounts = Self.byWindow(late[index])
            var windows = fed[index]
            if let newest = lanes[index].newest { Self.fold(newest, into: &windows) }
            for window in windows {
                let kept = counted[window.startMs] ?? Tally(startMs: window.startMs, records: 0, sum: 0)
                let lateRecords = lateCounts[window.startMs]?.records ?? 0
                if kept.records + lateRecords != window.records {
                    log.record("\(geometries[index].label): window at \(window.startMs) ms was fed \(window.records) records "
                               + "but counts \(kept.records) and \(lateRecords) late")
                } else if lateRecords == 0 && !Self.close(kept.sum, window.sum) {
                    log.record("\(geometries[index].label): window at \(window.startMs) ms sums to \(kept.sum), "
                               + "but its records sum to \(window.sum)")
                }
            }
            let fedStarts = Set(windows.map(\.startMs))
            for start in counted.keys.sorted() where !fedStarts.contains(start) {
                log.record("\(geometries[index].label): window at \(start) ms has results but was fed nothing")
            }
        }
        return log.result(named: "window-completeness")
    }

    /// Rows summed per window start.
    static func byWindow(_ rows: [Tally]) -> [Int64: Tally] {
        var windows: [Int64: Tally] = [:]
        for row in rows {
            windows[row.startMs, default: Tally(startMs: row.startMs, records: 0, sum: 0)].records += row.records
            windows[row.startMs]!.sum += row.sum
        }
        return windows
    }

    /// Sums accumulated in different orders agree to rounding.
    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)
    }
}
