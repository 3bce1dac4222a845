/// Limits on `split-shard` faults that keep every run inside what the stream model can do.
///
/// Each split halves a hash range; ranges begin with at least 2^114 keys (10,000 even shards),
/// so a lineage of 114 splits could reach a single key, which cannot be split. And a stream
/// with autoscaling must never hold more than 10,000 open shards, the most UpdateShardCount
/// works from, so explicit splits must leave room above the most autoscaling can reach (which
/// grows with the run's length, so `--duration` checks it again).
extension ScenarioSpec {
    /// Far below the 114 halvings a range allows.
    static let maxSplitFaults = 100

    /// Problems with the `split-shard` faults: the index of the first fault over a limit and why.
    func splitFaultProblems() -> [(fault: Int, message: String)] {
        let splits = faults.indices.filter { if case .splitShard = faults[$0].action { true } else { false } }
        var problems: [(fault: Int, message: String)] = []
        if splits.count > Self.maxSplitFaults {
            problems.append((splits[Self.maxSplitFaults], "\"split-shard\" makes \(splits.count) split-shard faults "
                + "(allowed: at most \(Self.maxSplitFaults); each halves a hash range, which holds at least 2^114 keys)"))
        }
        let room = StreamSpec.maxShards - scalingPeakShards
        if stream.autoscaling != nil, splits.count > room {
            problems.append((splits[room], "\"split-shard\" could take the stream past \(StreamSpec.maxShards) open shards: "
                + "autoscaling may reach \(scalingPeakShards) in this run and the faults split \(splits.count) more "
                + "(allowed: with autoscaling, at most \(room) split-shard faults here)"))
        }
        return problems
    }
}
