extension Double {
    /// The number as people and JSON write it: integral values without a fraction (`100`, not
    /// `100.0`), others in Swift's shortest round-trip form (`0.25`). One spelling for scenario
    /// messages, objective verdicts and the machine summary.
    public var plainText: String {
        self == rounded() && Swift.abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
