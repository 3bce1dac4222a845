import SimKernel
import StreamModel
import Telemetry

/// A KPL flush: buffered and retried user records grouped by predicted shard, packed into
/// Kinesis records, passed through the shard's limiter, and collected into requests.
extension Fleet {
    /// Flushes every retry and every buffered reading emitted by `now`.
    mutating func flushBuffer(gateway index: Int, now: SimTime) {
        // KPL `Aggregator::put`: no prediction while the shards are being listed again, nor
        // with aggregation off.
        let predicts = kpl!.aggregationEnabled && gateways[index].kpl.listedAt == nil
        for record in gateways[index].kpl.retries { file(record, predicts: predicts, gateway: index, now: now) }
        gateways[index].kpl.retries.removeAll(keepingCapacity: true)
        gateways[index].kpl.retryDueAt = nil
        let due = gateways[index].batch.prefix { $0.payload.emittedAt <= now }
        for entry in due { file(KPLRecord(entry: entry), predicts: predicts, gateway: index, now: now) }
        gateways[index].batch.removeFirst(due.count)
        for shard in kplWork.touched {
            pack(shard: shard, gateway: index, now: now)
            kplWork.groups[shard].removeAll(keepingCapacity: true)
        }
        kplWork.touched.removeAll(keepingCapacity: true)
    }

    /// Files a record under its predicted shard, or sends it alone, unpredicted, past the
    /// limiters (KPL `Limiter::put`).
    mutating func file(_ record: KPLRecord, predicts: Bool, gateway index: Int, now: SimTime) {
        guard predicts else {
            _ = kplWork.builder.add(record.entry, config: kpl!)
            kplWork.users.append(record)
            return finishRecord(shard: KPLWork.unpredicted, gateway: index, now: now)
        }
        group(record, gateway: index)
    }

    /// Files a record under the shard its hash key predicts on the gateway's map.
    mutating func group(_ record: KPLRecord, gateway index: Int) {
        let shard = gateways[index].kpl.shards.shard(for: record.entry.hashKey)
        while kplWork.groups.count <= shard { kplWork.groups.append([]) }
        if kplWork.groups[shard].isEmpty { kplWork.touched.append(shard) }
        kplWork.groups[shard].append(record)
    }

    /// Packs one shard's records into Kinesis records, in order, each as full as the bounds allow.
    mutating func pack(shard: Int, gateway index: Int, now: SimTime) {
        let settings = kpl!
        kplWork.builder.reset()
        for record in kplWork.groups[shard] {
            if !kplWork.builder.add(record.entry, config: settings) {
                finishRecord(shard: shard, gateway: index, now: now)
                _ = kplWork.builder.add(record.entry, config: settings)
            }
            kplWork.users.append(record)
        }
        finishRecord(shard: shard, gateway: index, now: now)
    }

    /// The Kinesis record packed so far goes to its shard's limiter: collected if tokens allow
    /// and nothing waits before it, else queued.
    mutating func finishRecord(shard: Int, gateway index: Int, now: SimTime) {
        guard !kplWork.users.isEmpty else { return }
        let entry = kplWork.builder.kinesisEntry(first: kplWork.users[0].entry)
        counters.kinesisRecords += 1
        if config.rateLimit != nil && shard != KPLWork.unpredicted {
            while gateways[index].kpl.waiting.count <= shard { gateways[index].kpl.waiting.append([]) }
            makeLimiter(shard: shard, gateway: index, now: now)
            let blocked = !gateways[index].kpl.waiting[shard].isEmpty
                || !gateways[index].limiters[shard]!.take(bytes: Int64(entry.dataBytes), now: now)
            if blocked {
                gateways[index].kpl.waiting[shard].append(KPLAggregate(entry: entry, users: kplWork.users))
                counters.rateLimited += 1
                return restartRecord()
            }
        }
        collect(entry, users: kplWork.users, shard: shard, gateway: index, now: now)
        restartRecord()
    }

    mutating func restartRecord() {
        kplWork.users.removeAll(keepingCapacity: true)
        kplWork.builder.reset()
    }

    /// Overload for a record leaving its limiter's queue.
    mutating func collect(_ aggregate: KPLAggregate, shard: Int, gateway index: Int, now: SimTime) {
        collect(aggregate.entry, users: aggregate.users, shard: shard, gateway: index, now: now)
    }

    /// Adds a Kinesis record to the request being collected, sending that request first when
    /// the record would pass `CollectionMaxCount` or `CollectionMaxSize`, and after it when its
    /// shard's run in the request reaches 256 KiB.
    mutating func collect(_ entry: PutEntry<Reading>, users: ContiguousArray<KPLRecord>, shard: Int,
                          gateway index: Int, now: SimTime) {
        if let slot = kplWork.open, requests[slot].entries.count >= kpl!.collectionMaxCount
            || kplWork.openBytes + entry.recordBytes > kpl!.collectionMaxSize {
            closeRequest(gateway: index, now: now)
        }
        let slot = kplWork.open ?? openKPLRequest()
        requests[slot].entries.append(entry)
        requests[slot].acceptedBefore.append(false)
        requests[slot].users.append(contentsOf: users)
        requests[slot].userEnds.append(Int32(requests[slot].users.count))
        requests[slot].predictedShards.append(Int32(shard))
        requests[slot].discarded.append(false)
        kplWork.openBytes += entry.recordBytes
        kplWork.shardRun = kplWork.shardRun.shard == shard ? (shard, kplWork.shardRun.bytes + entry.recordBytes)
            : (shard, entry.recordBytes)
        if kplWork.shardRun.bytes >= KPLConfig.collectionShardBytes { closeRequest(gateway: index, now: now) }
    }

    mutating func openKPLRequest() -> Int {
        let slot = allocateRequest()
        kplWork.open = slot
        kplWork.openBytes = 0
        kplWork.shardRun = (-1, 0)
        return slot
    }

    /// Sends the request being collected, if any.
    mutating func closeRequest(gateway index: Int, now: SimTime) {
        guard let slot = kplWork.open else { return }
        kplWork.open = nil
        kplWork.sent.append((slot, open(request: slot, gateway: index, now: now)))
    }
}
