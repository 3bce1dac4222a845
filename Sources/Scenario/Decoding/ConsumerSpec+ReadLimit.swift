extension ConsumerSpec {
    /// Fits the GetRecords `limit` to the stream's `getRecordsMaxRecords`: the stream refuses a
    /// larger `Limit`, so a `limit` above it is a problem at `field.limit`; an unset one takes the
    /// smaller of its default and the maximum, so lowering the stream's maximum alone stays valid.
    /// Fan-out consumers are pushed their records and have no `Limit`.
    mutating func fitLimit(toMaxRecords maxRecords: Int, field: Field) {
        guard type != .efo else { return }
        guard let given = field.lookup("limit") else {
            limit = min(limit, maxRecords)
            return
        }
        if limit > maxRecords {
            given.problem("\(given.literal) is more than the stream's getRecordsMaxRecords \(maxRecords) "
                + "(allowed: 1 to \(maxRecords), the most one GetRecords call returns)")
        }
    }
}
