import SimKernel
import StreamModel
import Telemetry

/// A gateway: the devices behind it, their emission schedule and the batch being filled.
struct Gateway {
    /// When each of its devices emits next, and which emits first.
    var schedule = EmissionSchedule()
    /// The batch being filled; it is handed to a request slot when sent.
    var batch: ContiguousArray<PutEntry<Reading>> = []
    var batchBytes: Int64 = 0
    /// A reading that did not fit the last batch (byte bound): it opens the next one.
    var carry: PutEntry<Reading>?
    var random: SimRandom
    let hashKey: UInt128
    let keyLength: Int32
}
