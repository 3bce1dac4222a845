import Foundation

/// Where a wall speed was measured, written beside it for whoever reads the baseline:
/// `2 cores, x86_64, release build`. The build matters as much as the machine: a debug build
/// simulates several times slower.
enum MachineDescription {
    static var current: String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return "\(cores) core\(cores == 1 ? "" : "s"), \(architecture), \(build) build"
    }

    /// `uname -m`.
    static var architecture: String {
        var names = utsname()
        guard uname(&names) == 0 else { return "unknown architecture" }
        return withUnsafeBytes(of: &names.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    static var build: String {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }
}
