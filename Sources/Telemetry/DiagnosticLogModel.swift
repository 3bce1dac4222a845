import SimKernel

/// Diagnostic-log uploads, the `sleep-tracker-fleet` example's "diagnostic logs and system
/// metrics: fewer, larger messages of about 50 KB". Each reading is one log excerpt: its length
/// is lognormal with the group's `medianBytes` and `p99Bytes` (at most `DiagnosticLogParams.maxBytes`,
/// so the record stays under 1 MiB), it carries the device's uptime and how many error lines the
/// excerpt holds. Errors are rare and steady (0 most of the time, a geometric count with mean
/// 0.25); an anomaly is an error burst, 20–50 error lines in one upload.
struct DiagnosticLogModel: DeviceModel {
    struct State: Equatable, Sendable {
        var uptimeSeconds: Double
        var logBytes: Int32 = 0
        var errors: Int32 = 0
    }

    static let burstErrors: ClosedRange<Int32> = 20...50
    /// A device has been up for up to 30 days when the run starts.
    static let initialUptimeSeconds = 30.0 * 86_400
    static let meanSteadyErrors = 0.25

    let mu: Double
    let sigma: Double

    init(_ params: DiagnosticLogParams) {
        modelPrecondition(1 <= params.medianBytes && params.medianBytes <= params.p99Bytes
                          && params.p99Bytes <= DiagnosticLogParams.maxBytes,
                          "diagnostic-log needs 1 ≤ medianBytes ≤ p99Bytes ≤ \(DiagnosticLogParams.maxBytes): \(params)")
        (mu, sigma) = Distribution.LogNormal.parameters(median: Double(params.medianBytes), p99: Double(params.p99Bytes))
    }

    func initialState(random: inout SimRandom) -> State {
        State(uptimeSeconds: random.uniform(0, Self.initialUptimeSeconds))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        state.uptimeSeconds += time.elapsedSeconds
        let bytes = random.lognormal(mu: mu, sigma: sigma).rounded()
        state.logBytes = Int32(min(max(bytes, 1), Double(DiagnosticLogParams.maxBytes)))
        // Geometric: P(k errors) = (1 − q) q^k, mean q / (1 − q) = 0.25.
        let q = Self.meanSteadyErrors / (1 + Self.meanSteadyErrors)
        var errors: Int32 = 0
        while errors < Self.burstErrors.lowerBound - 1 && random.chance(q) { errors += 1 }
        state.errors = errors
    }

    func observation(of state: State) -> Observation {
        .diagnosticLog(uptimeSeconds: Int64(state.uptimeSeconds), errors: Int(state.errors), logBytes: Int(state.logBytes))
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        let span = UInt64(Self.burstErrors.upperBound - Self.burstErrors.lowerBound + 1)
        let errors = Int(Self.burstErrors.lowerBound) + Int(random.bounded(span))
        return .diagnosticLog(uptimeSeconds: Int64(state.uptimeSeconds), errors: errors, logBytes: Int(state.logBytes))
    }
}
