import Testing
import Verification

/// Liveness: by the end of the run every consumer has read every accepted record.
@Suite struct LivenessCheckTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]
    static let consumers = ["dashboard", "archiver"]

    func verify(accepted: [UInt64], positions: [[UInt64]], lost: [[UInt64]] = [[0, 0], [0, 0]]) -> InvariantResult {
        LivenessCheck.verify(consumerNames: Self.consumers, shardIDs: Self.shards, acceptedPerShard: accepted,
                             readPositions: positions, lost: lost)
    }

    @Test func consumersAtTheTipHold() {
        let result = verify(accepted: [7, 3], positions: [[7, 3], [7, 3]])
        #expect(result.name == "liveness")
        #expect(result.holds)
    }

    @Test func aConsumerLeftBehindIsNamedWithItsShardAndCount() {
        let result = verify(accepted: [7, 3], positions: [[7, 3], [7, 1]])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer archiver had 2 of 3 records of shardId-000000000001 still unread when "
                + "the run ended: its reads were throttled or the drain was too short")
    }

    @Test func aShardNeverReadCountsOncePerConsumer() {
        let result = verify(accepted: [0, 1], positions: [[0, 0], [0, 0]])
        #expect(result.violations == 2)
        #expect(result.firstViolation?.hasPrefix("consumer dashboard had 1 of 1 records of shardId-000000000001") == true)
    }

    @Test func aConsumerThatLostRecordsToRetentionIsLeftToTheDataLossVerdict() {
        let result = verify(accepted: [7, 3], positions: [[7, 3], [7, 1]], lost: [[0, 0], [0, 4]])
        #expect(result.holds)
    }
}
