import Testing
@testable import Scenario

@Suite struct JSONParserTests {
    func parse(_ text: String) -> Result<JSONValue, JSONParseError> {
        JSONParser.parse(Array(text.utf8))
    }

    /// The `line L, column C: reason` message for text that must not parse.
    func error(_ text: String) -> String? {
        guard case .failure(let error) = parse(text) else { return nil }
        return error.message(in: Array(text.utf8))
    }

    @Test func objectKeepsMembersInFileOrder() throws {
        let value = try parse(#"{"b": 1, "a": [true, false, null], "c": {}}"#).get()
        guard case .object(let members) = value.kind else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(members[1].value.kind == .array([JSONValue(.bool(true), offset: 15), JSONValue(.bool(false), offset: 21),
                                                 JSONValue(.null, offset: 28)]))
    }

    @Test func numbersKeepTheirLiteralText() throws {
        #expect(try parse("18446744073709551615").get().kind == .number("18446744073709551615"))
        #expect(try parse("-0.5e+10").get().kind == .number("-0.5e+10"))
        #expect(try parse(" 9007199254740993 ").get().kind == .number("9007199254740993"))
    }

    @Test func stringEscapesAreResolved() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#).get().kind == .string("a\"b\\c/d\n\té😀"))
    }

    @Test(arguments: [
        ("", "line 1, column 1: unexpected end of input"),
        ("{", "line 1, column 2: unexpected end of input where an object key (a string) belongs"),
        ("{\n  \"a\": 1,\n  \"b\": ", "line 3, column 8: unexpected end of input"),
        ("{\"a\": 1, \"a\": 2}", #"line 1, column 10: duplicate key "a" in object"#),
        ("{\"a\" 1}", "line 1, column 6: unexpected character '1' where ':' belongs after an object key"),
        ("[1 2]", "line 1, column 4: unexpected character '2' where ',' or ']' belongs"),
        ("[1,]", "line 1, column 4: unexpected character ']'"),
        ("{} x", "line 1, column 4: unexpected character 'x' after the JSON value"),
        ("01", "line 1, column 2: invalid number (leading zeros are not allowed)"),
        ("1.", "line 1, column 3: unexpected end of input in a number (expected a digit)"),
        ("-", "line 1, column 2: unexpected end of input in a number (expected a digit)"),
        ("tru", "line 1, column 4: unexpected end of input (expected true)"),
        ("\"a\nb\"", "line 1, column 3: unexpected line break inside a string (control characters must be escaped)"),
        (#""\x""#, "line 1, column 2: invalid escape sequence in string"),
        (#""\ud800""#, #"line 1, column 2: invalid \u escape in string"#),
        (#""\u12""#, #"line 1, column 2: invalid \u escape in string"#),
        ("'a'", "line 1, column 1: unexpected character '''"),
        ("{\"é\": x}", "line 1, column 7: unexpected character 'x'"),
    ])
    func syntaxErrorsGiveLineAndColumn(text: String, message: String) {
        #expect(error(text) == message)
    }

    @Test func nestingIsCappedInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(error(deep) == "line 1, column 65: nesting deeper than 64 levels")
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try parse(allowed).get() }
    }

    @Test func invalidUTF8InsideAStringIsAnError() {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        guard case .failure(let error) = JSONParser.parse(bytes) else {
            Issue.record("invalid UTF-8 parsed")
            return
        }
        #expect(error.message(in: bytes) == "line 1, column 7: string is not valid UTF-8")
    }

    @Test func literalQuotesValuesAsWrittenAndElidesLongOnes() throws {
        #expect(try parse(#"{"a": [1, "x\n"], "b": null}"#).get().literal == #"{"a": [1, "x\n"], "b": null}"#)
        let long = try parse("\"" + String(repeating: "y", count: 200) + "\"").get().literal
        #expect(long.count == JSONValue.maxLiteralCharacters + 1)
        #expect(long.hasSuffix("…"))
    }
}
