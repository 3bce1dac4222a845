import Testing
@testable import Reporting

/// The machine summary's writer: dotted paths become nested objects, keys are sorted, numbers
/// are plain, and the output is the same bytes every time.
@Suite struct JSONTreeTests {
    @Test func dottedPathsNestAndKeysAreSorted() {
        var tree = JSONTree.object([:])
        tree.set(["records", "accepted"], .integer(5))
        tree.set(["digest"], .string("00ff"))
        tree.set(["records", "dropped"], .integer(0))
        tree.set(["Zeta"], .bool(true))
        #expect(tree.rendered() == """
        {
          "Zeta": true,
          "digest": "00ff",
          "records": {
            "accepted": 5,
            "dropped": 0
          }
        }

        """)
    }

    @Test func numbersArePlainAndSeedsExact() {
        var tree = JSONTree.object([:])
        tree.set(["a"], .number(2.0))
        tree.set(["b"], .number(0.25))
        tree.set(["c"], .unsigned(UInt64.max))
        tree.set(["d"], .number(.nan))
        #expect(tree.rendered() == "{\n  \"a\": 2,\n  \"b\": 0.25,\n  \"c\": 18446744073709551615,\n  \"d\": null\n}\n")
    }

    @Test func stringsAreEscaped() {
        var tree = JSONTree.object([:])
        tree.set(["message"], .string("say \"hi\"\n\\ \u{01}"))
        #expect(tree.rendered().contains(#""message": "say \"hi\"\n\\ \u0001""#))
    }
}
