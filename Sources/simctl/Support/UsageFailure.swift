/// A command line that names something that is not there (a run id the store lacks, a store
/// that does not exist): a usage error (64) with a message saying what is there.
struct UsageFailure: Error {
    var message: String

    init(_ message: String) { self.message = message }
}
