import ArgumentParser

/// A run named on the command line: its id in the store, or `latest`.
enum StoredRunReference: ExpressibleByArgument, Equatable {
    case id(Int64)
    case latest

    init?(argument: String) {
        if argument == "latest" {
            self = .latest
        } else if let id = Int64(argument), id > 0 {
            self = .id(id)
        } else {
            return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
