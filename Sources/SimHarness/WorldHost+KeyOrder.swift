import FleetModel
import SimKernel
import StreamModel
import Telemetry
import Verification

/// Per-partition-key order: each delivery's key and sequence number go to `KeyOrderCheck`.
extension WorldHost {
    /// Feeds the per-key order checker (not for random keys: each record has its own key).
    mutating func observeKeyOrder(consumer: Int, shard: Int, offset: UInt64, reading: Reading) {
        guard let key = keyIndex(of: reading) else { return }
        let number = stream.sequenceNumber(shard: shard, offset: offset)
        let stamp = KeyOrderStamp(millis: number.millis, shard: Int32(shard), offset: offset)
        guard let newer = checks.keyOrder.observeDelivery(consumer: consumer, key: key, stamp: stamp) else { return }
        // The message is built only for the violations the checker keeps.
        let message = checks.keyOrder.wantsMessage
            ? "key \(keyName(of: reading)) record \(sequenceNumber(stamp)) of \(stream.shards[shard].id) "
                + "after \(sequenceNumber(newer)) of \(stream.shards[Int(newer.shard)].id)"
            : ""
        checks.keyOrder.recordViolation(consumer: consumer, records: message)
    }

    /// The record's partition key as a dense index, or nil for random and timestamp keys.
    func keyIndex(of reading: Reading) -> Int? {
        switch keyTracking {
        case .device: return Int(reading.device)
        case .gateway: return Int(reading.gateway)
        case .zipf: return Int(reading.partitionKeyIndex)
        case .constant: return 0
        case .untracked: return nil
        }
    }

    /// The record's partition key as violation messages name it.
    func keyName(of reading: Reading) -> String {
        partitionKey.keyText(of: reading, epochMillisAtStart: epochMillisAtStart) ?? "(random)"
    }

    func sequenceNumber(_ stamp: KeyOrderStamp) -> SequenceNumber {
        SequenceNumber(millis: stamp.millis, shard: Int(stamp.shard), offset: stamp.offset)
    }
}

/// How a record's partition key maps to a dense index for the key-order checker: decided once
/// from the fleet's key mode, so the per-delivery path touches no strings. Random keys (each
/// record its own) and timestamp keys (a new key every millisecond: tracking them would grow
/// with simulated time) are not tracked.
enum KeyTracking {
    case device, gateway, zipf(keys: Int), constant, untracked

    init(_ mode: PartitionKeyMode) {
        switch mode {
        case .device: self = .device
        case .gateway: self = .gateway
        case .zipf(let keys, _): self = .zipf(keys: keys)
        case .constant: self = .constant
        case .random, .timestampMillis: self = .untracked
        }
    }

    /// How many distinct keys the checker tracks for `fleet`.
    func keyCount(_ fleet: FleetConfig) -> Int {
        switch self {
        case .device: return fleet.deviceCount
        case .gateway: return fleet.gateways
        case .zipf(let keys): return keys
        case .constant: return 1
        case .untracked: return 0
        }
    }
}
