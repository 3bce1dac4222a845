import SimKernel

/// The period a run's cost is billed for, the emission period `[0, duration]`, and how that cost
/// becomes a 730-hour month's (AWS's monthly examples use 730 h). Both estimates, provisioned
/// (`CostEstimate`) and on-demand (`OnDemandCost`), bill this one period, so they compare.
public struct BilledPeriod: Sendable, Equatable {
    public static let hoursPerMonth = 730.0
    public let hours: Double

    public init(_ billed: SimDuration) {
        modelPrecondition(billed >= .zero, "negative billed period \(billed)")
        hours = billed.seconds / 3_600
    }

    /// `usd` spent over the period, as a month's rate; 0 for an empty period.
    public func monthly(_ usd: Double) -> Double { hours > 0 ? usd * Self.hoursPerMonth / hours : 0 }
}
