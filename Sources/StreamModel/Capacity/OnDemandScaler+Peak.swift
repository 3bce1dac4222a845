import SimKernel

/// C3: capacity for twice the peak per-minute write throughput.
extension OnDemandScaler {
    /// Adds the second to the current aligned minute; at a minute's end, updates the peak.
    mutating func addToMinute(_ samples: [ShardWriteSample], now: SimTime) {
        for sample in samples {
            minuteTotal.records += sample.records
            minuteTotal.bytes += sample.bytes
        }
        guard now.nanoseconds % SimDuration.minutes(1).nanoseconds == 0 else { return }
        peakMinute.records = max(peakMinute.records, minuteTotal.records)
        peakMinute.bytes = max(peakMinute.bytes, minuteTotal.bytes)
        minuteTotal = WriteTotal()
    }

    /// Open shards needed for twice the peak: ⌈2 × peak per minute / (60 s × per-shard limit)⌉,
    /// the larger of records and bytes.
    var shardsForTwicePeak: Int {
        let forRecords = (2 * peakMinute.records + 60 * recordsPerSecond - 1) / (60 * recordsPerSecond)
        let forBytes = (2 * peakMinute.bytes + 60 * bytesPerSecond - 1) / (60 * bytesPerSecond)
        return Int(max(forRecords, forBytes))
    }

    /// Splits of the busiest shards once capacity has been short of twice the peak for
    /// `splitDelay`; the shortfall is judged on the shards open during the second.
    mutating func headroomSplits(_ samples: [ShardWriteSample], alreadySplit: [SplitDecision],
                                 now: SimTime) -> [SplitDecision] {
        guard shardsForTwicePeak > samples.count else {
            shortSince = nil
            return []
        }
        let since = shortSince ?? now
        shortSince = since
        guard now - since >= policy.splitDelay else { return [] }
        shortSince = now
        let openAfter = samples.count + alreadySplit.count
        let wanted = min(shardsForTwicePeak, OnDemandPolicy.maxOpenShards) - openAfter
        let taken = Set(alreadySplit.map(\.shard))
        let candidates = samples.filter { !taken.contains($0.shard) && $0.range.isSplittable }
        return busiestFirst(candidates).prefix(max(0, wanted)).map {
            SplitDecision(time: now, shard: $0.shard, newStartingHashKey: $0.range.midpointSplitKey,
                          reason: .peakHeadroom(since: since))
        }
    }

    /// Samples by load, heaviest first (ties: lower shard index). Load is the larger of the
    /// record and byte fractions of the limit, compared exactly by cross-multiplying.
    func busiestFirst(_ samples: [ShardWriteSample]) -> [ShardWriteSample] {
        func load(_ sample: ShardWriteSample) -> Int128 {
            max(Int128(sample.records) * Int128(bytesPerSecond), Int128(sample.bytes) * Int128(recordsPerSecond))
        }
        return samples.sorted { (load($0), -$0.shard) > (load($1), -$1.shard) }
    }
}
