import Testing
import SimKernel
@testable import Telemetry

@Suite struct ReadingSourceTests {
    @Test(arguments: ParamCase.all)
    func normalReadingsStayInTheirRangesAndAnomaliesLeaveThem(paramCase: ParamCase) {
        let source = ReadingSource(kind: paramCase.kind, params: paramCase.params, anomalyRate: 0.05,
                                   epochMillisAtStart: TelemetryFixture.defaultEpochMillis)
        let interval: SimDuration = paramCase.kind == .gps ? .seconds(5) : .seconds(1)
        for sample in samples(source, devices: Array(0..<20), count: 500, interval: interval) {
            #expect(sample.reading.kind == paramCase.kind)
            expectPlausible(sample.payload.observation, params: paramCase.params,
                            isAnomaly: sample.reading.isAnomaly, "\(paramCase): \(sample.payload.render())")
        }
    }

    @Test(arguments: DeviceKind.allCases)
    func anomalyFractionMatchesTheRate(kind: DeviceKind) {
        let source = ReadingSource(kind: kind, params: .defaults(for: kind), anomalyRate: 0.01,
                                   epochMillisAtStart: TelemetryFixture.defaultEpochMillis)
        let readings = samples(source, devices: Array(0..<100), count: 2_000, seed: 2_026)
        let anomalies = readings.count { $0.reading.isAnomaly }
        let fraction = Double(anomalies) / Double(readings.count)
        #expect(readings.count == 200_000)
        // CPU anomalies come in episodes of about 10 readings: ten times fewer independent draws.
        let tolerance = kind == .cpu ? 0.0025 : 0.001
        #expect(abs(fraction - 0.01) <= tolerance, "\(kind): \(anomalies) anomalies in \(readings.count)")
    }

    /// CPU saturation is sustained: anomalous readings come in runs of 5–15 consecutive readings
    /// of one device, 10 on average; the other kinds' anomalies are single readings, so their runs
    /// are as short as independent 1% draws make them.
    @Test(arguments: DeviceKind.allCases)
    func anomalyEpisodesLastAsTheKindSays(kind: DeviceKind) {
        let source = ReadingSource(kind: kind, params: .defaults(for: kind), anomalyRate: 0.01,
                                   epochMillisAtStart: TelemetryFixture.defaultEpochMillis)
        let readings = samples(source, devices: Array(0..<50), count: 4_000, seed: 77)
        var runs: [Int] = []
        var current = 0
        var previousDevice: UInt32?
        for sample in readings {
            if sample.reading.device != previousDevice || !sample.reading.isAnomaly {
                if current > 0 { runs.append(current) }
                current = 0
            }
            previousDevice = sample.reading.device
            if sample.reading.isAnomaly { current += 1 }
        }
        let mean = Double(runs.reduce(0, +)) / Double(runs.count)
        if kind == .cpu {
            #expect(runs.count > 100)
            // Runs cut by the end of a device's sample may be shorter than 5.
            #expect(runs.dropLast().filter { $0 > 15 }.isEmpty, "\(runs.max() ?? 0)")
            #expect(abs(mean - 10) < 1, "mean episode \(mean) readings")
        } else {
            #expect(mean < 1.1, "\(kind): mean run \(mean) readings")
        }
    }

    @Test(arguments: DeviceKind.allCases)
    func sameSeedGivesSameReadingsAndOtherSeedsDiffer(kind: DeviceKind) {
        let source = ReadingSource(kind: kind, params: .defaults(for: kind), anomalyRate: 0.01,
                                   epochMillisAtStart: TelemetryFixture.defaultEpochMillis)
        let first = samples(source, devices: [0, 1, 77], count: 300, seed: 9)
        let again = samples(source, devices: [0, 1, 77], count: 300, seed: 9)
        let other = samples(source, devices: [0, 1, 77], count: 300, seed: 10)
        #expect(first.map(\.reading) == again.map(\.reading))
        #expect(first.map { $0.payload.render() } == again.map { $0.payload.render() })
        #expect(first.map(\.reading) != other.map(\.reading))
    }

    @Test func readingsCarryTheirIdentityAndTime() {
        let source = ReadingSource(kind: .cpu, params: .defaults(for: .cpu), anomalyRate: 0.01, epochMillisAtStart: 1_000)
        var random = TelemetryFixture.random(seed: 3)
        var state = source.initialState(device: 12, random: &random)
        let time = SimTime(nanoseconds: 2_345_678_901)
        let (payload, _) = source.nextPayload(device: 12, at: time, state: &state, random: &random)
        let reading = source.next(device: 12, gateway: 5, sequence: 9, at: time, state: &state, random: &random)
        #expect(payload.epochMillis == 3_345)
        #expect(reading.id == ReadingID(device: 12, sequence: 9))
        #expect(reading.gateway == 5 && reading.emittedAt == time && reading.kind == .cpu)
        #expect(state.previousEmission == time)
    }

    /// The true state moves on identically whether or not the reading is reported as an anomaly:
    /// the decision is one draw, and the anomaly's own draws come after the state has advanced.
    /// (A CPU monitor's state also counts the readings left in its saturation episode.)
    @Test(arguments: DeviceKind.allCases)
    func anomaliesDoNotCorruptTheDeviceState(kind: DeviceKind) {
        let normal = ReadingSource(kind: kind, params: .defaults(for: kind), anomalyRate: 0, epochMillisAtStart: 0)
        let faulty = ReadingSource(kind: kind, params: .defaults(for: kind), anomalyRate: 1, epochMillisAtStart: 0)
        var random = TelemetryFixture.random(seed: 11)
        var state = normal.initialState(device: 4, random: &random)
        for step in 1...50 {
            let time = SimTime(nanoseconds: Int64(step) * 1_000_000_000)
            var faultyState = state
            var faultyRandom = random
            let anomaly = faulty.next(device: 4, gateway: 0, sequence: 0, at: time, state: &faultyState, random: &faultyRandom)
            _ = normal.next(device: 4, gateway: 0, sequence: 0, at: time, state: &state, random: &random)
            #expect(anomaly.isAnomaly)
            if case .cpu(var inner) = faultyState.kindState {
                #expect((4...14).contains(inner.saturatedReadingsLeft))
                inner.saturatedReadingsLeft = 0
                faultyState.kindState = .cpu(inner)
            }
            #expect(faultyState == state, "\(kind) step \(step)")
        }
    }

    @Test func temperatureDriftsSlowlyAcrossAnomalies() {
        let source = ReadingSource(kind: .temperature, params: .defaults(for: .temperature), anomalyRate: 0.2,
                                   epochMillisAtStart: 0)
        let normals = samples(source, devices: [1], count: 5_000).filter { !$0.reading.isAnomaly }
        let largestStep = zip(normals, normals.dropFirst())
            .map { abs($1.reading.value - $0.reading.value) }.max() ?? 0
        #expect(largestStep < 1.5, "normal readings jumped by \(largestStep) °C")
    }

    @Test func gpsTravelsAtItsReportedSpeed() {
        let source = ReadingSource(kind: .gps, params: .defaults(for: .gps), anomalyRate: 0, epochMillisAtStart: 0)
        let track = samples(source, devices: [3], count: 2_000, interval: .seconds(5))
        for (before, after) in zip(track, track.dropFirst()) {
            guard case let .gps(lat0, lon0, speed, _) = before.payload.observation,
                  case let .gps(lat1, lon1, _, _) = after.payload.observation else { continue }
            let hours = Double((after.reading.emittedAt - before.reading.emittedAt).nanoseconds) / 3.6e12
            let northKm = (lat1 - lat0) * GPSModel.kmPerDegreeLatitude
            let eastKm = (lon1 - lon0) * GPSModel.kmPerDegreeLatitude * Trigonometry.cosine(degrees: 12.95)
            let distanceKm = (northKm * northKm + eastKm * eastKm).squareRoot()
            // Bouncing off an edge only shortens the straight-line distance.
            #expect(distanceKm <= (speed + 0.05) * hours + 0.001)
        }
    }

    /// Cheapness is structural: states, sources and payloads are plain bits, copied without
    /// reference counting, and a device's state stays small enough for millions of devices.
    @Test func generatorIsPlainDataAndSmall() {
        #expect(_isPOD(DeviceState.self) && _isPOD(ReadingSource.self) && _isPOD(Payload.self) && _isPOD(Reading.self))
        #expect(MemoryLayout<DeviceState>.size <= 64)
        let source = ReadingSource(kind: .weather, params: .defaults(for: .weather), anomalyRate: 0.01, epochMillisAtStart: 0)
        var random = TelemetryFixture.random(seed: 5)
        var state = source.initialState(device: 0, random: &random)
        var totalBytes = 0
        for step in 0..<100_000 {
            let time = SimTime(nanoseconds: Int64(step) * 1_000_000_000)
            totalBytes += Int(source.next(device: 0, gateway: 0, sequence: UInt32(step), at: time,
                                          state: &state, random: &random).payloadBytes)
        }
        #expect(totalBytes > 100_000 * 90)
    }

    /// Diagnostic logs: excerpt lengths have the configured median and 99th percentile (within
    /// a few per cent over 20,000 draws), errors average 0.25 per normal upload, and uptime grows
    /// by the time between uploads.
    @Test func diagnosticLogSizesHaveTheirMedianAndP99() {
        let source = ReadingSource(kind: .diagnosticLog, params: .defaults(for: .diagnosticLog), anomalyRate: 0, epochMillisAtStart: 0)
        var random = TelemetryFixture.random(seed: 9)
        var state = source.initialState(device: 0, random: &random)
        var sizes: [Int] = []
        var errors = 0
        var uptimes: [Int64] = []
        for step in 0..<20_000 {
            let time = SimTime(nanoseconds: Int64(step) * 60_000_000_000)
            let (payload, _) = source.nextPayload(device: 0, at: time, state: &state, random: &random)
            guard case .diagnosticLog(let uptime, let count, let bytes) = payload.observation else {
                Issue.record("not a log: \(payload)")
                return
            }
            sizes.append(bytes)
            errors += count
            uptimes.append(uptime)
        }
        sizes.sort()
        #expect(abs(Double(sizes[10_000]) / 50_000 - 1) < 0.03, "median \(sizes[10_000])")
        #expect(abs(Double(sizes[19_800]) / 150_000 - 1) < 0.08, "p99 \(sizes[19_800])")
        #expect(abs(Double(errors) / 20_000 - 0.25) < 0.02, "errors per upload \(Double(errors) / 20_000)")
        #expect(uptimes.last! - uptimes.first! == 19_999 * 60)
    }

    /// `layout: "proc-stat"`: the first reading is 0, as the example's first `/proc/stat` delta;
    /// every later one is the same walk's utilization to within one jiffy of the interval's
    /// counters (and the payload's two decimals), since the counters draw no random numbers.
    @Test func procStatReadingsFollowTheUtilizationWalkFromZero() {
        var params = CPUParams()
        params.layout = .procStat
        let procStat = ReadingSource(kind: .cpu, params: .cpu(params), anomalyRate: 0, epochMillisAtStart: 0)
        let plain = ReadingSource(kind: .cpu, params: .defaults(for: .cpu), anomalyRate: 0, epochMillisAtStart: 0)
        var (randomA, randomB) = (TelemetryFixture.random(seed: 4), TelemetryFixture.random(seed: 4))
        var stateA = procStat.initialState(device: 0, random: &randomA)
        var stateB = plain.initialState(device: 0, random: &randomB)
        var values: [Double] = []
        for step in 0..<5_000 {
            let time = SimTime(nanoseconds: Int64(step) * 5_000_000_000)
            let sampled = procStat.next(device: 0, gateway: 0, sequence: UInt32(step), at: time, state: &stateA, random: &randomA)
            let truth = plain.next(device: 0, gateway: 0, sequence: UInt32(step), at: time, state: &stateB, random: &randomB)
            values.append(sampled.value)
            if step == 0 { continue }
            // 5 s on at least 2 cores: 1,000 jiffies or more, so one jiffy is at most 0.1 %.
            #expect(abs(sampled.value - truth.value) <= 0.05 + 0.01, "step \(step): \(sampled.value) vs \(truth.value)")
        }
        #expect(values[0] == 0)
        let mean = values.dropFirst().reduce(0, +) / Double(values.count - 1)
        #expect(abs(mean - 35) < 3, "mean \(mean)")
    }

    private func expectPlausible(_ observation: Observation, params: DeviceParams, isAnomaly: Bool,
                                 _ context: String) {
        switch (observation, params) {
        case let (.temperature(celsius), .temperature(params)):
            let range = isAnomaly ? params.anomalyMin...params.anomalyMax : params.normalMin...params.normalMax
            #expect(range.contains(PayloadNumber.celsius(celsius).doubleValue), "\(context)")
        case let (.cpu(utilization, cores), .cpu):
            #expect((isAnomaly ? 97.0...100 : 0...100).contains(utilization), "\(context)")
            #expect([2, 4, 8, 16].contains(cores), "\(context)")
        case let (.gps(latitude, longitude, speed, heading), .gps(params)):
            #expect((params.minLatitude...params.maxLatitude).contains(latitude), "\(context)")
            #expect((params.minLongitude...params.maxLongitude).contains(longitude), "\(context)")
            #expect((0...359).contains(heading), "\(context)")
            let speedRange = isAnomaly ? 3 * params.maxSpeedKmh...6 * params.maxSpeedKmh : 0...params.maxSpeedKmh
            #expect(speedRange.contains(speed), "\(context)")
        case let (.weather(air, humidity, wind, pressure), .weather(params)):
            let printed = PayloadNumber.celsius(air).doubleValue
            if isAnomaly {
                #expect(printed <= params.normalMin - 40 || printed >= params.normalMax + 40, "\(context)")
            } else {
                #expect((params.normalMin...params.normalMax).contains(printed), "\(context)")
            }
            #expect((5...100).contains(humidity) && (0...120).contains(wind), "\(context)")
            #expect((950...1_060).contains(pressure), "\(context)")
        case let (.cpuSample(percent), .cpu):
            #expect((isAnomaly ? 97.0...100 : 0...100).contains(percent), "\(context)")
        case let (.diagnosticLog(uptime, errors, logBytes), .diagnosticLog):
            #expect((isAnomaly ? 20...50 : 0...19).contains(errors), "\(context)")
            #expect((1...DiagnosticLogParams.maxBytes).contains(logBytes) && uptime >= 0, "\(context)")
        default:
            Issue.record("observation \(observation) does not match params \(params)")
        }
    }
}
