/// Text and attribute values for the HTML report. The page is polyglot XHTML5, so only the five
/// XML entities are used: a named HTML entity such as `&nbsp;` would make it unparseable as XML.
enum HtmlEscaping {
    /// `text` safe inside an element or a double-quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
