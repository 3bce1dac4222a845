import SimKernel
import StreamModel
import Telemetry

/// One device: its group, its state, its own random substream and its cached routing key.
struct Device {
    let group: Int
    let gateway: UInt32
    var state: DeviceState
    var random: SimRandom
    /// Readings emitted so far (the next reading's sequence).
    var sequence: UInt32 = 0
    /// Nominal time of the next emission, before jitter.
    var nextNominal: SimTime
    /// MD5 of the device id, computed once (only used with `partitionKey: device`).
    let hashKey: UInt128
    let keyLength: Int32
}
