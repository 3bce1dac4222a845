/// The digests of shipped scenarios at their own seeds, pinned here so that a change which alters
/// one fails `PinnedDigestTests` and has to change this file on purpose — a visible diff whose
/// commit says which digests moved and why.
public enum PinnedDigests {
    public static let byScenario: KeyValuePairs<String, String> = [
        "smoke": "70e4376d2ae44845",
        "reshard-parent-first": "5efe235fc47eb596",
        "efo-beside-polling": "5b61b077d07cbb69",
        "ordered-single-puts": "ef7eb539f2693882",
        "kcl-worker-crash": "fe8b8dce43b43b44",
        "lambda-failures": "de42cf1708028811",
    ]
}
