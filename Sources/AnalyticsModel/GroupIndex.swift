import SimKernel
import Telemetry

/// Maps each record to the dense group id its window operator aggregates it under.
///
/// Grouping by one key uses the key's own id (`WindowGrouping.groupID`), as it always has. Grouping
/// by several keys at once (`groupBy: ["station", "sensor"]`, at most four) gives each distinct
/// combination the next id in order of first appearance, so ids stay dense (accumulator arrays
/// hold only combinations that occur, however sparse their product) and results come in a
/// deterministic order. The combination is found without hashing, through a trie of arrays
/// indexed by each key's id in turn: a few array reads per record, no hash, no probe sequence.
public struct GroupIndex: Sendable {
    /// The most keys a composite grouping may combine.
    public static let maxKeys = 4

    public let keys: [WindowGrouping]
    /// The key when there is only one: the fast path.
    let single: WindowGrouping?
    /// Where the weather keys' ids come from.
    public let stations: WeatherStations
    /// Trie nodes, the root first, indexed by one key's id: for all keys but the last, the child
    /// node's position plus one; for the last, the combination's group id plus one; 0 = unseen.
    var nodes: [[UInt32]]
    /// Per composite id: each key's id, in `keys` order.
    public private(set) var components: [SIMD4<UInt32>] = []

    /// - Precondition: 1 to `maxKeys` distinct keys.
    public init(keys: [WindowGrouping], stations: WeatherStations = .empty) {
        modelPrecondition((1...Self.maxKeys).contains(keys.count) && Set(keys).count == keys.count,
                          "groupBy needs 1 to \(Self.maxKeys) distinct keys: \(keys)")
        self.keys = keys
        self.stations = stations
        single = keys.count == 1 ? keys[0] : nil
        nodes = keys.count == 1 ? [] : [[]]
    }

    /// The dense group id of a record read from `shard`.
    /// - Complexity: O(keys); amortised O(key id) when a trie node first grows to an id.
    @inline(__always)
    public mutating func id(of reading: Reading, shard: Int) -> UInt32 {
        if let single { return single.groupID(of: reading, shard: shard, stations: stations) }
        var combination = SIMD4<UInt32>(repeating: 0)
        var node = 0
        for lane in keys.indices {
            let key = keys[lane].groupID(of: reading, shard: shard, stations: stations)
            combination[lane] = key
            let slot = Int(key)
            if slot >= nodes[node].count { nodes[node].append(contentsOf: repeatElement(0, count: slot + 1 - nodes[node].count)) }
            let entry = nodes[node][slot]
            if lane == keys.count - 1 {
                if entry > 0 { return entry - 1 }
                components.append(combination)
                nodes[node][slot] = UInt32(components.count)
                return UInt32(components.count - 1)
            }
            if entry > 0 {
                node = Int(entry - 1)
            } else {
                nodes.append([])
                nodes[node][slot] = UInt32(nodes.count)
                node = nodes.count - 1
            }
        }
        modelPreconditionFailure("a composite grouping has no keys")
    }

    /// The label the result store writes for `group`: the key's label (see
    /// `WindowGrouping.label(of:stations:)`) or, for several keys, `key=label` pairs joined by
    /// commas (`station=st-000012,sensor=temperature`).
    public func label(of group: UInt32) -> String {
        if let single { return single.label(of: group, stations: stations) }
        let combination = components[Int(group)]
        return keys.indices.map { "\(keys[$0].rawValue)=\(keys[$0].label(of: combination[$0], stations: stations))" }
            .joined(separator: ",")
    }
}
