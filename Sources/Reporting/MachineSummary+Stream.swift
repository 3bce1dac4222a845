import Metrics
import SimHarness
import SimKernel

/// Machine-summary keys of the stream's life: shard lineage and states, stream operations, and
/// what each consumer lost to retention or saw of its iterators and subscriptions.
extension MachineSummary {
    static func streamKeys(_ result: RunResult, into put: (String, JSONTree) -> Void) {
        for (shard, load) in zip(result.shards, result.metrics.shards) {
            let prefix = "shards.\(shard.id)."
            put(prefix + "state", .string(shard.state))
            put(prefix + "opened_at_s", .number((load.openedAt - .zero).seconds))
            if let closed = load.closedAt { put(prefix + "closed_at_s", .number((closed - .zero).seconds)) }
            if let parent = shard.parentShardID { put(prefix + "parent_shard_id", .string(parent)) }
            if let adjacent = shard.adjacentParentShardID { put(prefix + "adjacent_parent_shard_id", .string(adjacent)) }
        }
        put("stream.open_shards", .integer(Int64(result.shards.filter { $0.state == "OPEN" }.count)))
        put("stream.reshards", .integer(Int64(result.reshards.filter { $0.refusal == nil }.count)))
        put("stream.scaling_decisions", .integer(Int64(result.scalingDecisions.count)))
        put("stream.reshards_refused", .integer(Int64(result.reshards.filter { $0.refusal != nil }.count)))
        for (index, name) in result.consumerNames.enumerated() {
            let prefix = "consumers.\(name)."
            let consumer = result.metrics.consumers[index]
            put(prefix + "lost", .integer(Int64(consumer.lost)))
            put(prefix + "expired_iterators", .integer(Int64(consumer.expiredIterators)))
            put(prefix + "throttled_iterator_calls", .integer(Int64(consumer.throttledIteratorCalls)))
            if let subscriptions = consumer.subscriptions { put(prefix + "subscriptions", .integer(Int64(subscriptions))) }
            put(prefix + "max_millis_behind_latest", .integer(consumer.maxMillisBehindLatest))
            for (shard, lost) in result.lostPerConsumerShard[index].enumerated() where lost > 0 {
                put(prefix + "lost_by_shard.\(result.shardIDs[shard])", .integer(Int64(lost)))
            }
        }
    }
}
