/// One section of the page: an `id` to link to (the navigation bar and the tests use them), a
/// heading and its body (markup built by the section's renderer, text already escaped).
struct HtmlSection: Sendable {
    var id: String
    var title: String
    var body: String

    var html: String {
        "<section id=\"\(id)\">\n<h2>\(HtmlEscaping.escaped(title))</h2>\n\(body)</section>\n"
    }

    /// A paragraph of plain text.
    static func paragraph(_ text: String, style: String? = nil) -> String {
        "<p\(style.map { " class=\"\($0)\"" } ?? "")>\(HtmlEscaping.escaped(text))</p>\n"
    }
}
