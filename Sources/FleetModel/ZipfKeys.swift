import SimKernel
import StreamModel

/// The key set of `partitionKey: {"dist": "zipf", "keys": N, "s": s}`: keys `key-0` to
/// `key-(N−1)`, key `r` drawn with probability proportional to 1/(r + 1)^s, independently for
/// every record — the hot-key shape of real traffic (a few customers, tenants or assets
/// produce most records), which a planner maps onto shards to find the hot ones.
///
/// Built once per fleet: each key's MD5 hash key and length, and the cumulative weights a draw
/// searches (O(log N) per record, no allocation). Weights use `SimMath`, so draws are the same
/// on every machine.
public struct ZipfKeys: Sendable {
    let hashKeys: [UInt128]
    let lengths: [Int32]
    /// `cumulative[r]`: the probability that a draw is at most `r`; the last is exactly 1.
    let cumulative: [Double]

    init(count: Int, exponent: Double) {
        modelPrecondition(count >= 1 && exponent > 0, "zipf keys: \(count) keys, exponent \(exponent)")
        let names = (0..<count).map(ZipfKeys.name)
        hashKeys = names.map(PartitionKeyHash.hashKey(for:))
        lengths = names.map { Int32($0.utf8.count) }
        var running = 0.0
        let weights = (1...count).map { rank in
            running += SimMath.exp(-exponent * SimMath.log(Double(rank)))
            return running
        }
        cumulative = weights.map { $0 / running }
    }

    /// The partition key of rank `index`.
    public static func name(_ index: Int) -> String { "key-\(index)" }

    /// A key's rank: the first whose cumulative probability exceeds a uniform draw.
    func draw(_ random: inout SimRandom) -> Int {
        let u = random.unitDouble()
        var (low, high) = (0, cumulative.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > u { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
