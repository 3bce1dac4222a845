import SimKernel
import Telemetry

/// Maps each record to the dense group id its window operator aggregates it under.
///
/// Grouping by one key uses the key's own id (`WindowGrouping.groupID`), as it always has. Grouping
/// by several keys at once (`groupBy: ["station", "sensor"]`, at most four) gives each distinct
/// combination the next id in order of first appearance, so ids stay dense and results stay in a
/// deterministic order without depending on hashing; `components` keeps each id's combination
/// for its label.
public struct GroupIndex: Sendable {
    /// The most keys a composite grouping may combine.
    public static let maxKeys = 4

    public let keys: [WindowGrouping]
    /// The key when there is only one: the fast path.
    let single: WindowGrouping?
    var ids: [SIMD4<UInt32>: UInt32] = [:]
    /// Per composite id: each key's id, in `keys` order.
    public private(set) var components: [SIMD4<UInt32>] = []

    /// - Precondition: 1 to `maxKeys` distinct keys.
    public init(keys: [WindowGrouping]) {
        modelPrecondition((1...Self.maxKeys).contains(keys.count) && Set(keys).count == keys.count,
                          "groupBy needs 1 to \(Self.maxKeys) distinct keys: \(keys)")
        self.keys = keys
        single = keys.count == 1 ? keys[0] : nil
    }

    /// The dense group id of a record read from `shard`.
    @inline(__always)
    public mutating func id(of reading: Reading, shard: Int) -> UInt32 {
        if let single { return single.groupID(of: reading, shard: shard) }
        var combination = SIMD4<UInt32>(repeating: 0)
        for (lane, key) in keys.enumerated() { combination[lane] = key.groupID(of: reading, shard: shard) }
        if let id = ids[combination] { return id }
        let id = UInt32(components.count)
        ids[combination] = id
        components.append(combination)
        return id
    }

    /// The label the result store writes for `group`: the key's label (see `groupLabel`) or, for
    /// several keys, `key=label` pairs joined by commas (`kind=cpu,gateway=gw-0003`).
    public func label(of group: UInt32) -> String {
        guard single == nil else { return groupLabel(group, by: keys[0]) }
        let combination = components[Int(group)]
        return keys.indices.map { "\(keys[$0].rawValue)=\(groupLabel(combination[$0], by: keys[$0]))" }.joined(separator: ",")
    }
}
