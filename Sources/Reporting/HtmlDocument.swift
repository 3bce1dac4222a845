/// The page every HTML report shares: polyglot XHTML5 with the inline style, a header with the
/// title and a navigation bar to each section, then the sections.
enum HtmlDocument {
    static func page(title text: String, sections: [HtmlSection]) -> String {
        let title = HtmlEscaping.escaped(text)
        let nav = sections.map { "<a href=\"#\($0.id)\">\(HtmlEscaping.escaped($0.title))</a>" }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(title)</title>
        <style>
        \(HtmlStyle.css)
        </style>
        </head>
        <body>
        <header>
        <h1>\(title)</h1>
        <nav>
        \(nav)
        </nav>
        </header>
        <main>
        \(sections.map(\.html).joined())</main>
        </body>
        </html>

        """
    }
}
