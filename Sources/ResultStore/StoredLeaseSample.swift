/// How many leases one worker of a KCL application held from a moment on: one row per worker
/// each time the application's lease ownership changed.
public struct StoredLeaseSample: Sendable, Equatable {
    public var consumer: String
    /// Simulated seconds since the run began.
    public var atS: Double
    public var worker: Int
    public var leases: Int

    public init(consumer: String, atS: Double, worker: Int, leases: Int) {
        self.consumer = consumer
        self.atS = atS
        self.worker = worker
        self.leases = leases
    }
}
