import Foundation

/// Makes a broken model invariant (a `modelPrecondition` trap) exit with code 70, "internal
/// error", instead of a bare signal, after saying how to reproduce it. The check's own message,
/// naming entity, time and values, is already on stderr by then, in release builds too.
enum CrashGuard {
    /// Set before a run starts; read only by the signal handler.
    nonisolated(unsafe) static var reproduceLine: [UInt8] = []

    static func install(reproduce command: String) {
        reproduceLine = Array("simctl: internal error (a bug in simctl); reproduce with: \(command)\n".utf8)
        for signalNumber in [SIGILL, SIGTRAP] {
            signal(signalNumber) { _ in
                CrashGuard.reproduceLine.withUnsafeBufferPointer { buffer in
                    _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
                }
                _exit(70)
            }
        }
    }
}
