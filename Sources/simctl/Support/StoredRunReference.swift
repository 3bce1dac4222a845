import ArgumentParser

/// A run named on the command line: its id in the store, or `latest`; or, for `report`, a plan:
/// `plan:ID` or `plan:latest`.
enum StoredRunReference: ExpressibleByArgument, Equatable {
    case id(Int64)
    case latest
    /// A stored plan; nil for the latest.
    case plan(Int64?)

    init?(argument: String) {
        if argument.hasPrefix("plan:") {
            let rest = argument.dropFirst("plan:".count)
            guard rest == "latest" || Int64(rest).map({ $0 > 0 }) == true else { return nil }
            self = .plan(Int64(rest))
        } else if argument == "latest" {
            self = .latest
        } else if let id = Int64(argument), id > 0 {
            self = .id(id)
        } else {
            return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
