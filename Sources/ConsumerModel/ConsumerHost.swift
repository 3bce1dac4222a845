import SimKernel
import StreamModel
import Telemetry

/// What a consumer application lives in: the stream it reads, and the one place its observations
/// go (metrics, checkers and the digest all listen there). Applications are generic over it, so
/// the world's host is specialised into each kind's code and a delivery costs a direct call.
public protocol ConsumerHost {
    var stream: DataStream<Reading> { get set }
    mutating func observe(_ observation: ConsumerObservation, now: SimTime)
    /// The partition key of the record at `offset` of `shard`, as a number: equal for equal keys
    /// (a Lambda mapping spreads keys over its lanes with it).
    func partitionKeyIndex(shard: Int, offset: UInt64) -> UInt64
    /// The readings the record at `offset` of `shard` holds: 1, or the user records of a KPL
    /// aggregate, which a consumer deaggregates and processes one by one.
    func readings(shard: Int, offset: UInt64) -> Int
}
