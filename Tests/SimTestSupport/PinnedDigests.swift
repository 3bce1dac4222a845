/// The digests of shipped scenarios at their own seeds, pinned here so that a change which alters
/// one fails `PinnedDigestTests` and has to change this file on purpose — a visible diff whose
/// commit says which digests moved and why.
public enum PinnedDigests {
    public static let byScenario: KeyValuePairs<String, String> = [
        "smoke": "0ca5a772bdf4a166",
        "reshard-parent-first": "24c5a3ba82bf13ee",
        "efo-beside-polling": "5b61b077d07cbb69",
        "ordered-single-puts": "ef7eb539f2693882",
        "kcl-worker-crash": "e20dd7045fd476ee",
        "lambda-failures": "76f21c67444de4d1",
        "regional-outage": "5c97d9ceaf5f8d9b",
        "cpu-gateway": "6ceb279709371e8a",
        "asset-tracker": "bcc647420f3be6e5",
    ]
}
