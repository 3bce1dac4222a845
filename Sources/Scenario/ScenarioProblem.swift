/// One thing wrong with a scenario file, located by its JSON path.
///
/// `path` is `$` only for problems with the file as a whole (unreadable, not JSON); otherwise it
/// names the field: `fleet.devices[2].interval`. The message quotes the offending value as
/// written and says what is allowed.
public struct ScenarioProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The path of problems that concern the whole file.
    public static let rootPath = "$"

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
