import SimKernel
import StreamModel
import Telemetry

/// One device: its group, its state, its own random substream and its cached routing key.
struct Device {
    /// Global index: the device id's number, its substream, and its reading ids.
    let index: UInt32
    let group: Int
    let gateway: UInt32
    var state: DeviceState
    var random: SimRandom
    /// Readings emitted so far (the next reading's sequence).
    var sequence: UInt32 = 0
    /// Nominal time of the next emission, before jitter.
    var nextNominal: SimTime
    /// Actual time of the next emission: nominal plus jitter.
    var nextEmission: SimTime
    /// MD5 of the device id, computed once (only used with `partitionKey: device`).
    let hashKey: UInt128
    let keyLength: Int32
}
