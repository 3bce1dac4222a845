import SimKernel
import StreamModel
import Telemetry

/// A gateway: the devices behind it, their emission schedule and the batch being filled.
struct Gateway {
    /// Next emission time of each of its devices (device index as payload): a heap with
    /// FIFO ties, so simultaneous readings are taken in a fixed order.
    var schedule = EventQueue<UInt32>()
    /// The batch being filled; it is handed to a request slot when sent.
    var batch: ContiguousArray<PutEntry<Reading>> = []
    var batchBytes: Int64 = 0
    /// A reading that did not fit the last batch (byte bound): it opens the next one.
    var carry: PutEntry<Reading>?
    var random: SimRandom
    let hashKey: UInt128
    let keyLength: Int32
}
