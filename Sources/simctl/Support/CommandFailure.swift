import ArgumentParser
import Foundation
import ResultStore

/// Turns failures outside the simulation into the exit codes of `cli-and-results-v1.md`:
/// a file named on the command line that cannot be written is a usage error (64); anything
/// else unexpected is an internal error (70). Verdicts pass through as they are.
enum CommandFailure {
    static func guarding(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let code as ExitCode {
            throw code
        } catch let failure as UnwritableOutput {
            complain(failure.description)
            throw ExitCode(64)
        } catch let failure as UsageFailure {
            complain(failure.message)
            throw ExitCode(64)
        } catch {
            complain("internal error (a bug in simctl): \(error)")
            throw ExitCode.internalError
        }
    }

    static func complain(_ message: String) {
        FileHandle.standardError.write(Data("simctl: \(message)\n".utf8))
    }
}

/// An output file from the command line (`--db`, `--json`, `--out`) that cannot be written.
struct UnwritableOutput: Error, CustomStringConvertible {
    var option: String
    var path: String
    var reason: String

    var description: String { "\(option) \(path): \(reason)" }

    /// Runs `body`, reporting any error as this option's file being unwritable.
    static func attempt<T>(_ option: String, _ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            let reason = (error as? StoreError).map(explain) ?? error.localizedDescription
            throw UnwritableOutput(option: option, path: path, reason: reason)
        }
    }

    /// A store from a newer simctl is only explained by saying which simctl this is.
    private static func explain(_ error: StoreError) -> String {
        guard case .newerStore = error else { return error.description }
        return "\(error.description) (this is simctl \(BuildInfo.version))"
    }
}
