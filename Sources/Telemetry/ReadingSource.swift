import SimKernel

/// Generates the readings of one device group: realistic values, injected anomalies and exact
/// payload sizes, with no allocation per reading.
///
/// The source is shared by the group; each device keeps its own `DeviceState` and `SimRandom`
/// substream, so one device's readings depend only on its own seed and emission times.
/// Per reading, the kind's model decides the anomaly (a draw with probability `anomalyRate`, or for
/// CPU monitors an episode of several readings), then moves the device on and reports either its
/// state or an anomaly.
public struct ReadingSource: Sendable {
    public let kind: DeviceKind
    public let anomalyRate: Double
    /// The scenario's `startTime` in epoch milliseconds: `ts` of a reading emitted at t = 0.
    public let epochMillisAtStart: Int64
    let model: KindModel
    /// - Precondition: `params` are `kind`'s, valid, and `anomalyRate` is in `[0, 1]`;
    ///   `sensorLayout` is the group's (`WeatherStations.sensorLayouts`).
    public init(kind: DeviceKind, params: DeviceParams, anomalyRate: Double, epochMillisAtStart: Int64,
                sensorLayout: WeatherSensorLayout? = nil) {
        modelPrecondition((0...1).contains(anomalyRate), "anomalyRate must be in [0, 1]: \(anomalyRate)")
        self.kind = kind
        self.anomalyRate = anomalyRate
        self.epochMillisAtStart = epochMillisAtStart
        model = KindModel(kind: kind, params: params, sensors: sensorLayout)
    }

    /// The state of device `device` before its first reading.
    public func initialState(device: UInt32, random: inout SimRandom) -> DeviceState {
        DeviceState(kindState: model.initialState(random: &random), device: device, previousEmission: nil)
    }

    /// The device's reading at `time`, with its exact payload size; advances `state`.
    /// - Precondition: `state` is `device`'s, and `time` is not before its previous reading.
    public func next(device: UInt32, gateway: UInt32, sequence: UInt32, at time: SimTime,
                     state: inout DeviceState, random: inout SimRandom) -> Reading {
        let (payload, isAnomaly) = nextPayload(device: device, at: time, state: &state, random: &random)
        return Reading(id: ReadingID(device: device, sequence: sequence), gateway: gateway, kind: kind,
                       isAnomaly: isAnomaly, payloadBytes: UInt32(payload.byteCount), emittedAt: time,
                       value: payload.observation.primaryValue)
    }

    /// The device's payload at `time` and whether it is an injected anomaly; advances `state`
    /// exactly as `next` does, for where real JSON is needed (sinks, samples, tests).
    /// - Precondition: `state` is `device`'s, and `time` is not before its previous reading.
    public func nextPayload(device: UInt32, at time: SimTime, state: inout DeviceState,
                            random: inout SimRandom) -> (payload: Payload, isAnomaly: Bool) {
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(state.device == device, "device \(device) was given the state of device \(state.device)")
        let epochMillis = epochMillisAtStart + time.milliseconds
        let emission = EmissionTime(elapsedSeconds: state.elapsedSeconds(until: time), epochMillis: epochMillis)
        let isAnomaly = model.drawAnomaly(&state.kindState, rate: anomalyRate, random: &random)
        let observation = model.measure(&state.kindState, device: device, at: emission, isAnomaly: isAnomaly, random: &random)
        return (Payload(device: device, epochMillis: epochMillis, observation: observation), isAnomaly)
    }
}
