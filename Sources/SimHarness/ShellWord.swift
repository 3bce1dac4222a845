/// Quoting for the POSIX shell, so a printed command line can be pasted back as it is.
enum ShellWord {
    /// `text` unchanged when the shell reads it as one literal word (ASCII letters, digits and
    /// `@%+=:,./_-`), so ordinary paths print as they are; otherwise in single quotes, each
    /// `'` written as `'\''`.
    static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || plainPunctuation.contains(byte)
        }
        guard !plain else { return text }
        var quoted = "'"
        for character in text { quoted += character == "'" ? "'\\''" : String(character) }
        return quoted + "'"
    }

    private static let plainPunctuation = Set("@%+=:,./_-".utf8)
}
