/// Liveness: by the end of the run (emission plus drain) every consumer has read every record the
/// stream accepted. A consumer left behind was starved of reads (the shared 5 calls/s and 2 MiB/s)
/// or given too short a drain; its records are still in the stream, so this is not data loss,
/// but the run did not converge and its latency figures leave those records out.
/// A consumer that fell so far behind that retention took records from a shard is reported as
/// data loss for that shard instead (the stronger verdict), not here.
public enum LivenessCheck {
    /// `readPositions[consumer][shard]`: the next offset each consumer would read;
    /// `lost[consumer][shard]`: records retention took from it.
    public static func verify(consumerNames: [String], shardIDs: [String], acceptedPerShard: [UInt64],
                              readPositions: [[UInt64]], lost: [[UInt64]]) -> InvariantResult {
        var log = ViolationLog()
        for (consumer, name) in consumerNames.enumerated() {
            for (shard, accepted) in acceptedPerShard.enumerated()
            where readPositions[consumer][shard] < accepted && lost[consumer][shard] == 0 {
                let unread = accepted - readPositions[consumer][shard]
                log.record("consumer \(name) had \(unread) of \(accepted) records of \(shardIDs[shard]) still unread when "
                           + "the run ended: its reads were throttled or the drain was too short")
            }
        }
        return log.result(named: "liveness")
    }
}
