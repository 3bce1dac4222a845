/// Colours of the report. Lines use the Okabe–Ito palette and the heat map viridis, both readable
/// with the common colour-vision deficiencies and in greyscale print.
enum HtmlPalette {
    /// Line colours in the order series are drawn; a ninth series reuses the first colour.
    static let lines = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    static func line(_ index: Int) -> String { lines[index % lines.count] }

    /// Viridis in ten steps, from an idle shard (dark) to one at its write limit (yellow).
    static let heat = ["#440154", "#482878", "#3E4989", "#31688E", "#26828E",
                       "#1F9E89", "#35B779", "#6ECE58", "#B5DE2B", "#FDE725"]

    /// The heat step of a utilisation (a fraction of the limit; 1 and above is the last step).
    static func heatStep(_ utilisation: Double) -> Int {
        min(heat.count - 1, max(0, Int(utilisation * Double(heat.count))))
    }
}
