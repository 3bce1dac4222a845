import SimKernel

/// GPS asset trackers: each moves inside the bounding box with a heading that wanders and a speed
/// up to `maxSpeedKmh`, bouncing off the box's edges. Between readings it travels at the speed it
/// last reported for the elapsed time. An anomaly reports an impossible speed (3–6× the maximum)
/// and a jump to a random point of the box.
struct GPSModel: DeviceModel {
    struct State: Equatable, Sendable {
        var latitude: Double
        var longitude: Double
        /// The heading as a unit vector: turning and bouncing need no trigonometry.
        var east: Double
        var north: Double
        var speedKmh: Double
    }

    /// Kilometres per degree of latitude on a sphere of the Earth's mean radius.
    static let kmPerDegreeLatitude = 6_371.0088 * Trigonometry.radiansPerDegree
    /// Standard deviation of the heading change over one second, in radians; grows with √time.
    static let turnRadiansPerRootSecond = 0.05

    let latitudeRange: ClosedRange<Double>
    let longitudeRange: ClosedRange<Double>
    let speedRange: ClosedRange<Double>
    /// Taken at the box's centre: boxes are small enough for the difference not to matter.
    let kmPerDegreeLongitude: Double
    /// Traffic: speeds wander around half the maximum over a couple of minutes.
    let speedWalk: MeanRevertingWalk

    init(_ params: GPSParams) {
        modelPrecondition(-90 < params.minLatitude && params.minLatitude <= params.maxLatitude && params.maxLatitude < 90,
                     "gps bbox latitudes must satisfy -90 < min ≤ max < 90: \(params.minLatitude), \(params.maxLatitude)")
        modelPrecondition(params.minLongitude.isFinite && params.minLongitude <= params.maxLongitude && params.maxLongitude.isFinite,
                     "gps bbox longitudes must satisfy min ≤ max: \(params.minLongitude), \(params.maxLongitude)")
        modelPrecondition(params.maxSpeedKmh > 0 && params.maxSpeedKmh.isFinite,
                     "gps maxSpeedKmh must be positive: \(params.maxSpeedKmh)")
        latitudeRange = params.minLatitude...params.maxLatitude
        longitudeRange = params.minLongitude...params.maxLongitude
        speedRange = 0...params.maxSpeedKmh
        let centreLatitude = (params.minLatitude + params.maxLatitude) / 2
        kmPerDegreeLongitude = Self.kmPerDegreeLatitude * Trigonometry.cosine(degrees: centreLatitude)
        speedWalk = MeanRevertingWalk(mean: params.maxSpeedKmh / 2, stationaryDeviation: params.maxSpeedKmh / 4,
                                      relaxationSeconds: 120)
    }

    func initialState(random: inout SimRandom) -> State {
        let (east, north) = Self.randomDirection(&random)
        return State(latitude: Self.uniform(in: latitudeRange, &random),
                     longitude: Self.uniform(in: longitudeRange, &random),
                     east: east, north: north,
                     speedKmh: speedRange.reflecting(speedWalk.stationarySample(&random)))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        guard time.elapsedSeconds > 0 else { return }
        move(&state, distanceKm: state.speedKmh * time.elapsedSeconds / 3_600)
        let speed = speedWalk.step(from: state.speedKmh, elapsedSeconds: time.elapsedSeconds, random: &random)
        state.speedKmh = speedRange.reflecting(speed)
        Self.turn(&state, elapsedSeconds: time.elapsedSeconds, random: &random)
    }

    func observation(of state: State) -> Observation {
        .gps(latitude: state.latitude, longitude: state.longitude, speedKmh: state.speedKmh,
             headingDegrees: Trigonometry.compassDegrees(east: state.east, north: state.north))
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        .gps(latitude: Self.uniform(in: latitudeRange, &random),
             longitude: Self.uniform(in: longitudeRange, &random),
             speedKmh: random.uniform(3 * speedRange.upperBound, 6 * speedRange.upperBound),
             headingDegrees: Trigonometry.compassDegrees(east: state.east, north: state.north))
    }

    /// Travels `distanceKm` along the heading, turning back at the edges of the box.
    private func move(_ state: inout State, distanceKm: Double) {
        let latitude = Reflection(state.latitude + state.north * distanceKm / Self.kmPerDegreeLatitude,
                                  into: latitudeRange)
        let longitude = Reflection(state.longitude + state.east * distanceKm / kmPerDegreeLongitude,
                                   into: longitudeRange)
        state.latitude = latitude.value
        state.longitude = longitude.value
        if latitude.reversed { state.north = -state.north }
        if longitude.reversed { state.east = -state.east }
    }

    /// Rotates the heading by a random angle whose sine is drawn directly, so that no `sin`/`cos`
    /// is needed; renormalising keeps rounding from shrinking the vector over many turns.
    private static func turn(_ state: inout State, elapsedSeconds: Double, random: inout SimRandom) {
        let drawn = random.normal(mean: 0, deviation: turnRadiansPerRootSecond * elapsedSeconds.squareRoot())
        let sine = min(1, max(-1, drawn))
        let cosine = (1 - sine * sine).squareRoot()
        let east = state.east * cosine + state.north * sine
        let north = state.north * cosine - state.east * sine
        let length = (east * east + north * north).squareRoot()
        state.east = east / length
        state.north = north / length
    }

    /// A direction uniform on the circle, by rejection from the unit disc.
    private static func randomDirection(_ random: inout SimRandom) -> (east: Double, north: Double) {
        while true {
            let east = random.uniform(-1, 1)
            let north = random.uniform(-1, 1)
            let squaredLength = east * east + north * north
            if squaredLength > 1e-12 && squaredLength <= 1 {
                let length = squaredLength.squareRoot()
                return (east / length, north / length)
            }
        }
    }

    private static func uniform(in range: ClosedRange<Double>, _ random: inout SimRandom) -> Double {
        random.uniform(range.lowerBound, range.upperBound)
    }
}
