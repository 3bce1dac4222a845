/// The page's only stylesheet, inline: the report is one file that must look the same opened
/// from disk on a machine with no network. System fonts only; charts scale to the column width,
/// wide tables scroll inside their box on a narrow screen.
enum HtmlStyle {
    static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff;
           max-width: 1200px; margin: 0 auto; padding: 16px; line-height: 1.4; }
    h1 { font-size: 1.5em; margin: 0.2em 0; }
    h2 { font-size: 1.2em; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 1.6em; }
    nav { font-size: 0.9em; } nav a { margin-right: 0.8em; color: #0072B2; }
    .meta { color: #555; font-size: 0.9em; }
    .verdict { display: inline-block; padding: 2px 10px; border-radius: 4px; color: #fff; font-weight: bold; }
    .verdict.pass { background: #007A5A; } .verdict.fail { background: #B34700; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 8px; margin: 12px 0; }
    .card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; }
    .card .label { color: #555; font-size: 0.85em; } .card .value { font-size: 1.3em; font-weight: 600; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.9em; }
    th, td { border-bottom: 1px solid #e5e5e5; padding: 4px 10px; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .ok { color: #007A5A; font-weight: 600; } .bad { color: #B34700; font-weight: 600; }
    svg.chart { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
    @media (max-width: 700px) { svg.chart { min-width: 640px; } }
    svg .title { font-size: 15px; font-weight: 600; fill: #1a1a1a; }
    svg .tick { font-size: 11px; fill: #444; } svg .axis { font-size: 12px; fill: #333; }
    svg .legend { font-size: 12px; fill: #333; }
    svg .grid { stroke: #e8e8e8; stroke-width: 1; } svg .frame { fill: none; stroke: #999; }
    svg .line { fill: none; stroke-width: 1.6; stroke-linejoin: round; }
    svg .band { fill: #000; fill-opacity: 0.08; }
    svg .mark { stroke: #555; stroke-width: 1; stroke-dasharray: 3 3; }
    svg .marklabel { font-size: 11px; font-weight: bold; fill: #222; stroke: #fff; stroke-width: 3px; paint-order: stroke; }
    svg.heat .mark { stroke: #fff; stroke-width: 2; }
    pre { background: #f6f6f6; border: 1px solid #e2e2e2; padding: 10px; overflow-x: auto; font-size: 0.85em; }
    ol.timeline li { margin: 2px 0; } .when { font-variant-numeric: tabular-nums; color: #555; }
    """
}
