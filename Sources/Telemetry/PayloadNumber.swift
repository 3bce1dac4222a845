/// The fixed number of decimals of each payload field, kept in one place so that the JSON and a
/// reading's `value` round alike.
enum PayloadNumber {
    /// Temperatures: 2 decimals (`15.27`).
    static func celsius(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 2) }
    /// CPU utilization: 2 decimals (`35.20`).
    static func utilization(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 2) }
    /// Latitude and longitude: 6 decimals, about 0.1 m (`12.953421`).
    static func coordinate(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 6) }
    /// Speeds of vehicles and wind: 1 decimal (`42.5`).
    static func speed(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 1) }
    /// Relative humidity: 1 decimal (`63.1`).
    static func humidity(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 1) }
    /// Air pressure: 1 decimal (`1013.2`).
    static func pressure(_ value: Double) -> FixedDecimal { FixedDecimal(value, decimals: 1) }
    /// Whole numbers (timestamps, core counts, headings).
    static func integer(_ value: Int64) -> FixedDecimal { FixedDecimal(integer: value) }
}
