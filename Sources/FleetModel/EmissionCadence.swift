import SimKernel

/// A device group's emission interval and jitter over time: the group's own, divided by the
/// multiplier of every traffic burst of its kind in force (see `TrafficBurst`).
///
/// - Complexity: O(1) for a group no burst touches; otherwise O(log segments) per lookup.
struct EmissionCadence {
    /// A span of nominal time `[start, end)` with the interval and jitter in force in it.
    struct Segment {
        var start: SimTime
        var end: SimTime
        var interval: SimDuration
        var jitter: SimDuration
    }

    let interval: SimDuration
    let jitter: SimDuration
    /// Sorted, disjoint; empty when no burst touches the group.
    let segments: [Segment]

    init(group: DeviceGroupConfig, bursts: [TrafficBurst]) {
        interval = group.interval
        jitter = group.jitter
        let own = bursts.filter { $0.kinds.contains(group.kind) }
        segments = Self.segments(of: own, interval: group.interval, jitter: group.jitter)
    }

    /// Cuts time at every burst boundary; each piece inside at least one burst gets the interval
    /// and jitter divided by each covering burst's multiplier in turn.
    static func segments(of bursts: [TrafficBurst], interval: SimDuration, jitter: SimDuration) -> [Segment] {
        let cuts = Set(bursts.flatMap { [$0.start, $0.end] }).sorted()
        return zip(cuts, cuts.dropFirst()).compactMap { start, end in
            let covering = bursts.filter { $0.start <= start && $0.end >= end }
            guard !covering.isEmpty else { return nil }
            return Segment(start: start, end: end, interval: covering.reduce(interval) { $1.divide($0) },
                           jitter: covering.reduce(jitter) { $1.divide($0) })
        }
    }

    /// Whether every device of the group keeps a fixed interval and no jitter, so the group
    /// can be an emission lane (see `EmissionSchedule`).
    var isFixed: Bool { segments.isEmpty && jitter == .zero }

    /// The gap after an emission at nominal time `time`.
    ///
    /// These two run once per reading: the burst lookup stays out of line so that, for groups
    /// no burst touches, they inline into the emission path as one empty-array check
    /// (callgrind: inlined, the 10k-device scenario costs what it did before bursts).
    @inline(__always)
    func interval(at time: SimTime) -> SimDuration {
        segments.isEmpty ? interval : burstCadence(at: time).interval
    }

    /// The jitter bound of an emission at nominal time `time`.
    @inline(__always)
    func jitter(at time: SimTime) -> SimDuration {
        segments.isEmpty ? jitter : burstCadence(at: time).jitter
    }

    /// The interval and jitter at `time` for a group some burst touches.
    @inline(never)
    func burstCadence(at time: SimTime) -> (interval: SimDuration, jitter: SimDuration) {
        guard let segment = segment(at: time) else { return (interval, jitter) }
        return (segment.interval, segment.jitter)
    }

    /// The segment containing `time`, by binary search over segment starts.
    func segment(at time: SimTime) -> Segment? {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end <= time { low = middle + 1 } else { high = middle }
        }
        return low < segments.count && segments[low].start <= time ? segments[low] : nil
    }
}
