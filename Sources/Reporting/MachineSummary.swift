import ResultStore

/// The `--json` machine summary (`cli-and-results-v1.md`): schema `simctl.run.v1`, nested
/// objects whose dotted paths are the contract's key names, keys sorted. Built from the stored
/// run: the metrics give every number, the run, its shards and its checks every string.
public enum MachineSummary {
    public static func tree(_ view: RunView) -> JSONTree {
        var tree = JSONTree.object([:])
        func put(_ path: String, _ value: JSONTree) { tree.set(path.split(separator: ".").map(String.init), value) }
        let run = view.run
        for metric in run.metrics where metric.name != "seed" {
            put(metric.name, .number(metric.value))
        }
        put("schema", .string("simctl.run.v1"))
        put("scenario.name", .string(run.scenarioName))
        put("scenario.sha256", .string(run.scenarioSHA256))
        put("seed", .unsigned(run.seed))
        put("simctl.version", .string(run.simctlVersion))
        put("simctl.git_commit", .string(run.gitCommit))
        put("digest", .string(run.digest))
        put("verdict", .string(run.verdict))
        for shard in run.shards {
            let prefix = "shards.\(shard.shardID)."
            if let state = shard.state { put(prefix + "state", .string(state)) }
            if let parent = shard.parentShardID { put(prefix + "parent_shard_id", .string(parent)) }
            if let adjacent = shard.adjacentParentShardID { put(prefix + "adjacent_parent_shard_id", .string(adjacent)) }
        }
        for invariant in run.invariants { put("invariants.\(invariant.name)", .string(invariant.message ?? "ok")) }
        for objective in run.objectives { put("slo.\(objective.name)", .string(objective.message ?? "ok")) }
        return tree
    }
}
