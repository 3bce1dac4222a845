extension PutEntry {
    /// An entry as a producer builds it from its partition key and, optionally, an
    /// `ExplicitHashKey` (H2, H3).
    ///
    /// The hash key is the explicit one when given, else the MD5 of the key. The key's length
    /// is counted in characters (Unicode scalars, as the API's length constraint and the AWS
    /// SDKs count it) for H1, and in UTF-8 bytes for the record's size (W2, P2, P3): a key of
    /// 256 two-byte characters is valid and adds 512 bytes. The key's length itself is checked
    /// by the stream with the rest of the request, so that a bad key fails the whole request.
    /// Hashing costs an MD5 per entry: a producer that reuses keys should hash each once and
    /// use `init(hashKey:partitionKeyLength:partitionKeyBytes:dataBytes:payload:)`.
    /// - Throws: `.malformedExplicitHashKey` (`InvalidArgumentException`).
    public init(partitionKey: String, explicitHashKey: String? = nil, dataBytes: Int32,
                payload: Payload) throws(PutRecordsInvalid) {
        let hashKey: UInt128
        if let explicitHashKey {
            hashKey = try ExplicitHashKey.parse(explicitHashKey)
        } else {
            hashKey = PartitionKeyHash.hashKey(for: partitionKey)
        }
        self.init(hashKey: hashKey, partitionKeyLength: Int32(partitionKey.unicodeScalars.count),
                  partitionKeyBytes: Int32(partitionKey.utf8.count), dataBytes: dataBytes, payload: payload)
    }
}
