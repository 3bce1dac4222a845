@testable import SimHarness
import Testing

/// The reproduce line's path is pasted into a POSIX shell: it must come back as the same word.
struct ShellWordTests {
    @Test(arguments: ["scenarios/10k-devices.json", "/tmp/a_b-c.d/x@1+2=3,4%:", "-"])
    func aPlainWordIsLeftAsItIs(_ word: String) {
        #expect(ShellWord.quoted(word) == word)
    }

    @Test(arguments: [
        ("my scen; rm -rf x.json", "'my scen; rm -rf x.json'"),
        ("it's", "'it'\\''s'"),
        ("", "''"),
        ("$HOME/*.json", "'$HOME/*.json'"),
        ("café.json", "'café.json'"),
    ])
    func anythingElseIsSingleQuoted(_ word: String, _ quoted: String) {
        #expect(ShellWord.quoted(word) == quoted)
    }
}
