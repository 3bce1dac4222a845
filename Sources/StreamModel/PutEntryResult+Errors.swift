extension PutEntryResult {
    /// The entry's `ErrorCode` (P6): `ProvisionedThroughputExceededException` or
    /// `InternalFailure`; nil when it was accepted.
    public var errorCode: String? {
        switch self {
        case .accepted: return nil
        case .throttled: return "ProvisionedThroughputExceededException"
        case .internalFailure: return "InternalFailure"
        }
    }

    /// The entry's `ErrorMessage`: a throttled entry names its shard (W6); nil when accepted.
    public var errorMessage: String? {
        switch self {
        case .accepted: return nil
        case .throttled(let shard): return "Rate exceeded for shard \(Shard<Never>.id(index: Int(shard)))"
        case .internalFailure: return "Internal Service Failure"
        }
    }
}
