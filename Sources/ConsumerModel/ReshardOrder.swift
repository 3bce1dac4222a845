/// Reading order after a reshard (`consumers[].reshardOrder`, RS6).
public enum ReshardOrder: String, CaseIterable, Sendable {
    /// Drain every parent (until `NextShardIterator` is nil) before reading a child, as the KCL
    /// does: per-key order is kept across the reshard.
    case parentFirst = "parent-first"
    /// Read children as soon as they are discovered, beside the parents' remaining records (a
    /// naive reader): a key's newer records can be processed before its older ones.
    case immediate
}
