import SimKernel

/// Weather stations: air temperature follows a daily cycle (coldest at 04:00 UTC, warmest at
/// 16:00) plus weather that drifts over hours, inside the normal range; humidity, wind and
/// pressure drift independently within physical bounds. An anomaly reports an implausible air
/// temperature, 40–60 °C beyond the normal range, as a failing sensor does.
struct WeatherModel: DeviceModel {
    struct State: Equatable, Sendable {
        /// The weather's departure from the daily cycle; the walk that `airCelsius` is built on.
        var airDeviationCelsius: Double
        var airCelsius: Double
        var humidityPercent: Double
        var windKmh: Double
        var pressureHpa: Double
    }

    static let millisPerDay: Int64 = 86_400_000
    static let coldestMillisOfDay: Int64 = 4 * 3_600_000
    static let humidityRange = 5.0...100.0
    static let windRange = 0.0...120.0
    static let pressureRange = 950.0...1_060.0
    static let humidityWalk = MeanRevertingWalk(mean: 65, stationaryDeviation: 12, relaxationSeconds: 3_600)
    static let windWalk = MeanRevertingWalk(mean: 12, stationaryDeviation: 6, relaxationSeconds: 600)
    static let pressureWalk = MeanRevertingWalk(mean: 1_013.25, stationaryDeviation: 6, relaxationSeconds: 21_600)

    let normalRange: ClosedRange<Double>
    let dailyMeanCelsius: Double
    let dailyAmplitudeCelsius: Double
    let deviationWalk: MeanRevertingWalk

    init(_ params: WeatherParams) {
        modelPrecondition(params.normalMin.isFinite && params.normalMin <= params.normalMax && params.normalMax.isFinite,
                     "weather needs finite normalMin ≤ normalMax: \(params.normalMin), \(params.normalMax)")
        normalRange = params.normalMin...params.normalMax
        let span = params.normalMax - params.normalMin
        dailyMeanCelsius = params.normalMin + span / 2
        dailyAmplitudeCelsius = span * 0.3
        deviationWalk = MeanRevertingWalk(mean: 0, stationaryDeviation: span * 0.1, relaxationSeconds: 1_800)
    }

    func initialState(random: inout SimRandom) -> State {
        let deviation = deviationWalk.stationarySample(&random)
        return State(airDeviationCelsius: deviation,
                     airCelsius: normalRange.reflecting(dailyMeanCelsius + deviation),
                     humidityPercent: Self.humidityRange.reflecting(Self.humidityWalk.stationarySample(&random)),
                     windKmh: Self.windRange.reflecting(Self.windWalk.stationarySample(&random)),
                     pressureHpa: Self.pressureRange.reflecting(Self.pressureWalk.stationarySample(&random)))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        let seconds = time.elapsedSeconds
        state.airDeviationCelsius = deviationWalk.step(from: state.airDeviationCelsius, elapsedSeconds: seconds,
                                                       random: &random)
        state.airCelsius = normalRange.reflecting(dailyCycleCelsius(epochMillis: time.epochMillis)
                                                  + state.airDeviationCelsius)
        state.humidityPercent = Self.humidityRange.reflecting(
            Self.humidityWalk.step(from: state.humidityPercent, elapsedSeconds: seconds, random: &random))
        state.windKmh = Self.windRange.reflecting(
            Self.windWalk.step(from: state.windKmh, elapsedSeconds: seconds, random: &random))
        state.pressureHpa = Self.pressureRange.reflecting(
            Self.pressureWalk.step(from: state.pressureHpa, elapsedSeconds: seconds, random: &random))
    }

    func observation(of state: State) -> Observation {
        .weather(airCelsius: state.airCelsius, humidityPercent: state.humidityPercent,
                 windKmh: state.windKmh, pressureHpa: state.pressureHpa)
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        let beyond = random.uniform(40, 60)
        let implausible = random.chance(0.5) ? normalRange.upperBound + beyond : normalRange.lowerBound - beyond
        return .weather(airCelsius: implausible, humidityPercent: state.humidityPercent,
                        windKmh: state.windKmh, pressureHpa: state.pressureHpa)
    }

    /// The daily cycle's temperature at a wall-clock time: a cosine with its trough at 04:00 UTC.
    func dailyCycleCelsius(epochMillis: Int64) -> Double {
        let millisOfDay = ((epochMillis % Self.millisPerDay) + Self.millisPerDay) % Self.millisPerDay
        let degrees = Double(millisOfDay - Self.coldestMillisOfDay) * 360 / Double(Self.millisPerDay)
        return dailyMeanCelsius - dailyAmplitudeCelsius * Trigonometry.cosine(degrees: degrees)
    }
}
