/// Where weather stations stand: the capital of each US state, one city per state, so a city
/// names its state and no two cities share a name. Station `s` stands in `all[s % all.count]`: a
/// fixed, documented assignment, so a station's city and state never depend on anything but its
/// number.
public struct StationPlace: Sendable {
    /// The city's name, as the `city` field and label print it (no commas: payloads stay CSV-safe).
    public let city: StaticString
    /// The two-letter USPS code, as the `state` field and label print it.
    public let state: StaticString

    /// The 50 state capitals, in order of their states' codes.
    public static let all: [StationPlace] = [
        .init(city: "Juneau", state: "AK"), .init(city: "Montgomery", state: "AL"),
        .init(city: "Little Rock", state: "AR"), .init(city: "Phoenix", state: "AZ"),
        .init(city: "Sacramento", state: "CA"), .init(city: "Denver", state: "CO"),
        .init(city: "Hartford", state: "CT"), .init(city: "Dover", state: "DE"),
        .init(city: "Tallahassee", state: "FL"), .init(city: "Atlanta", state: "GA"),
        .init(city: "Honolulu", state: "HI"), .init(city: "Des Moines", state: "IA"),
        .init(city: "Boise", state: "ID"), .init(city: "Springfield", state: "IL"),
        .init(city: "Indianapolis", state: "IN"), .init(city: "Topeka", state: "KS"),
        .init(city: "Frankfort", state: "KY"), .init(city: "Baton Rouge", state: "LA"),
        .init(city: "Boston", state: "MA"), .init(city: "Annapolis", state: "MD"),
        .init(city: "Augusta", state: "ME"), .init(city: "Lansing", state: "MI"),
        .init(city: "Saint Paul", state: "MN"), .init(city: "Jefferson City", state: "MO"),
        .init(city: "Jackson", state: "MS"), .init(city: "Helena", state: "MT"),
        .init(city: "Raleigh", state: "NC"), .init(city: "Bismarck", state: "ND"),
        .init(city: "Lincoln", state: "NE"), .init(city: "Concord", state: "NH"),
        .init(city: "Trenton", state: "NJ"), .init(city: "Santa Fe", state: "NM"),
        .init(city: "Carson City", state: "NV"), .init(city: "Albany", state: "NY"),
        .init(city: "Columbus", state: "OH"), .init(city: "Oklahoma City", state: "OK"),
        .init(city: "Salem", state: "OR"), .init(city: "Harrisburg", state: "PA"),
        .init(city: "Providence", state: "RI"), .init(city: "Columbia", state: "SC"),
        .init(city: "Pierre", state: "SD"), .init(city: "Nashville", state: "TN"),
        .init(city: "Austin", state: "TX"), .init(city: "Salt Lake City", state: "UT"),
        .init(city: "Richmond", state: "VA"), .init(city: "Montpelier", state: "VT"),
        .init(city: "Olympia", state: "WA"), .init(city: "Madison", state: "WI"),
        .init(city: "Charleston", state: "WV"), .init(city: "Cheyenne", state: "WY"),
    ]

    /// Where station `station` stands.
    public static func of(station: UInt32) -> StationPlace { all[Int(station) % all.count] }

    /// The index in `all` of station `station`'s city (and so of its state).
    public static func index(ofStation station: UInt32) -> UInt32 { station % UInt32(all.count) }
}
