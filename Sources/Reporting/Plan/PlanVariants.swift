/// The plans of `simctl plan --vary`: one per configuration, and the cheapest configuration
/// that meets the objectives — the fewest shards is not the cheapest when a variation changes
/// what a shard carries.
public struct PlanVariants: Codable, Equatable, Sendable {
    public static let currentSchema = "simctl.plan-variants.v1"

    public var schema = Self.currentSchema
    public var plans: [PlanDocument]
    /// The configuration with the lowest monthly cost at its recommendation; nil when none has one.
    public var cheapest: Choice?
    /// The shards that meet the objectives under every configuration: the most any of them needs
    /// (more shards never hurt, as the search assumes); nil when some configuration has none.
    public var everywhere: Int?

    public struct Choice: Codable, Equatable, Sendable {
        public var variant: String
        public var shards: Int
        public var monthlyUSD: Double
    }

    public init(plans: [PlanDocument]) {
        self.plans = plans
        cheapest = plans.compactMap { plan -> Choice? in
            guard let shards = plan.recommendation, let cost = plan.recommendedMonthlyUSD else { return nil }
            return Choice(variant: plan.variant ?? "", shards: shards, monthlyUSD: cost)
        }.min { $0.monthlyUSD < $1.monthlyUSD }
        let recommendations = plans.map(\.recommendation)
        everywhere = recommendations.contains(nil) ? nil : recommendations.compactMap { $0 }.max()
    }

    static let header = ["configuration", "shards", "$/month"]

    /// A row per configuration: its recommendation and what that costs a month.
    var rows: [[String]] {
        plans.map { plan in
            [plan.variant ?? "", plan.recommendation.map(String.init) ?? "none",
             plan.recommendedMonthlyUSD.map { Formatting.fixed($0, 2) } ?? "—"]
        }
    }

    var verdict: String {
        guard let cheapest else { return "cheapest: none — no configuration meets the objectives in the range searched" }
        let holds = everywhere.map { "under every configuration: \($0) shard\($0 == 1 ? "" : "s") (the most any needs)" }
            ?? "under every configuration: none — some configuration meets the objectives at no count searched"
        return "cheapest: \(cheapest.variant), \(cheapest.shards) shard\(cheapest.shards == 1 ? "" : "s") at "
            + "\(Formatting.fixed(cheapest.monthlyUSD, 2)) $/month\n" + holds
    }

    public var text: String {
        var table = TextTable(alignments: [.left, .right, .right])
        table.add(Self.header)
        rows.forEach { table.add($0) }
        return plans.map(PlanText.render).joined(separator: "\n") + "\nconfigurations:\n" + table.rendered() + "\n" + verdict + "\n"
    }

    public var markdown: String {
        var table = MarkdownTable(header: Self.header, alignments: [.left, .right, .right])
        rows.forEach { table.add($0) }
        return plans.map(PlanMarkdown.render).joined(separator: "\n") + "\n## Configurations\n\n" + table.rendered() + "\n"
            + verdict + "\n"
    }
}
