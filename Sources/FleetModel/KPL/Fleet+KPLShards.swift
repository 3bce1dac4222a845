import SimKernel
import StreamModel
import Telemetry

/// The KPL's view of the shards around a reshard (`ShardMap`, `Retrier::succeed_if_correct_shard`
/// of awslabs/amazon-kinesis-producer).
///
/// Each gateway's KPL lists the OPEN shards when it starts and predicts by that list until a
/// response shows a record accepted by a shard it did not predict (a reshard closed the one it
/// predicted, and the stream routed the record to a child by its explicit hash key). It then
/// retries each reading of that record its list does not place in that shard ("Wrong Shard":
/// all of them while the list does not know the child) and lists the shards again: a
/// ListShards round trip on its uplink, after which its next flush predicts by the new list.
/// Meanwhile it predicts nothing: each record goes alone, past the limiters, and succeeds
/// wherever it lands.
extension Fleet {
    /// Loads the list a ListShards call completed by `now` fetched.
    mutating func reloadShards(gateway index: Int, now: SimTime) {
        guard let listedAt = gateways[index].kpl.listedAt, listedAt <= now else { return }
        gateways[index].kpl.shards = listedShards
        gateways[index].kpl.listedAt = nil
    }

    /// Settles the readings of an accepted Kinesis record at `now`; returns how many are
    /// retried. Unpredicted, or in the shard it was predicted for, all succeed. Elsewhere, each reading the
    /// gateway's list does not place in that shard is retried; the others succeed, and those
    /// in a record consumers discard (`noteAcceptedUsers`) are lost unless an earlier copy
    /// was taken. A list that still shows the predicted shard OPEN is stale: it is listed again.
    mutating func settleAccepted(request: Int, entry: Int, shard actual: Int, now: SimTime) -> Int {
        let predicted = Int(requests[request].predictedShards[entry])
        guard predicted != KPLWork.unpredicted, predicted != actual else { return 0 }
        let index = Int(requests[request].gateway)
        reloadShards(gateway: index, now: now)
        var retried = 0
        for user in userRange(request: request, entry: entry) {
            let record = requests[request].users[user]
            if gateways[index].kpl.shards.shard(for: record.entry.hashKey) != actual {
                counters.wrongShard += 1
                retried += retryOrExpire(record, gateway: index, now: now)
            } else if requests[request].discarded[entry] && !record.acceptedBefore {
                counters.discarded += 1
                counters.dropped += 1
                kplWork.dropped += 1
            }
        }
        if gateways[index].kpl.listedAt == nil && gateways[index].kpl.shards.contains(shard: predicted) {
            let call = uplinkDelay(gateway: index, at: now)
            gateways[index].kpl.listedAt = now + call + uplinkDelay(gateway: index, at: now + call)
        }
        return retried
    }
}
