import SimKernel

/// The kinds of device a fleet can contain.
public enum DeviceKind: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case temperature, cpu, gps, weather, diagnosticLog

    /// The scenario name of the kind (`fleet.devices[].kind`).
    public var description: String { literal.description }

    /// The name as a literal, for payload layouts that count bytes without building text.
    public var literal: StaticString {
        switch self {
        case .temperature: return "temperature"
        case .cpu: return "cpu"
        case .gps: return "gps"
        case .weather: return "weather"
        case .diagnosticLog: return "diagnostic-log"
        }
    }

    /// What an injected anomaly of this kind looks like (each model's doc says how it is drawn).
    public var anomalyDescription: String {
        switch self {
        case .temperature: return "a single reading in the anomaly range (default 100–120 °C)"
        case .cpu: return "part of a saturation episode: 5–15 consecutive readings at 97–100 %"
        case .gps: return "an impossible speed (3–6× the maximum) and a jump to a random point of the box"
        case .weather: return "an implausible air temperature, 40–60 °C beyond the normal range"
        case .diagnosticLog: return "an error burst: 20–50 error lines in one upload"
        }
    }

    /// The emission period when a scenario gives none.
    public var defaultInterval: SimDuration {
        switch self {
        case .temperature, .weather: return .seconds(1)
        case .cpu, .gps: return .seconds(5)
        case .diagnosticLog: return .seconds(60)
        }
    }
}

/// Identifies one reading: the emitting device and that device's own counter.
public struct ReadingID: Hashable, Comparable, Sendable {
    public var rawValue: UInt64
    @inlinable public init(device: UInt32, sequence: UInt32) {
        rawValue = UInt64(device) << 32 | UInt64(sequence)
    }
    @inlinable public var device: UInt32 { UInt32(truncatingIfNeeded: rawValue >> 32) }
    @inlinable public var sequence: UInt32 { UInt32(truncatingIfNeeded: rawValue) }
    @inlinable public static func < (a: ReadingID, b: ReadingID) -> Bool { a.rawValue < b.rawValue }
}

/// One device reading as it travels through the pipeline: the record's payload, kept as fields.
///
/// The JSON the device would send is never built on the hot path; `payloadBytes` is its exact
/// length, computed from the fields when the reading is made. The anomaly flag is ground truth
/// kept beside the record, not part of its payload.
public struct Reading: Sendable, Equatable {
    public var id: ReadingID
    public var gateway: UInt32
    public var kind: DeviceKind
    /// Ground truth: this reading is an injected anomaly.
    public var isAnomaly: Bool
    /// Exact byte length of the reading's JSON payload.
    public var payloadBytes: UInt32
    /// Which of the fleet's zipf partition keys the record was put with (0 under the other key
    /// modes, whose key follows from the device or gateway). Fills what was padding: a reading
    /// stays 40 bytes.
    public var partitionKeyIndex: UInt32 = 0
    /// When the device emitted it: the event time that windows and latency use.
    public var emittedAt: SimTime
    /// The kind's primary measurement (°C, CPU %, speed km/h, air °C): what analytics aggregate.
    public var value: Double

    @inlinable
    public init(id: ReadingID, gateway: UInt32, kind: DeviceKind, isAnomaly: Bool,
                payloadBytes: UInt32, emittedAt: SimTime, value: Double) {
        self.id = id
        self.gateway = gateway
        self.kind = kind
        self.isAnomaly = isAnomaly
        self.payloadBytes = payloadBytes
        self.emittedAt = emittedAt
        self.value = value
    }

    @inlinable public var device: UInt32 { id.device }
}
