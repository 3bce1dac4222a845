/// How gateways write (`fleet.putMode`).
public enum PutMode: String, CaseIterable, Sendable {
    /// PutRecords with batches; a gateway sends without waiting for earlier responses.
    case batch
    /// One PutRecord per reading: at most one call in flight per gateway, each ordered after
    /// the gateway's previous accepted record (W5, P8).
    case single

    /// Entries per request in this mode.
    func entriesPerRequest(_ batching: BatchingConfig) -> Int { self == .single ? 1 : batching.maxRecords }

    var other: PutMode { self == .single ? .batch : .single }
}
