/// A broken kernel or model invariant: stops the process with the message on stderr in every
/// build.
///
/// Swift's `precondition` drops its message in release builds and traps silently, so a user of
/// the release binary saw only simctl's reproduce line (exit 70) and never what broke.
/// `fatalError` prints its message in every build before it traps; the trap then reaches
/// `CrashGuard`, which adds the reproduce line. The check itself is inlined with the failure
/// marked unlikely, and the message is built only in the out-of-line failure path.
///
/// The message's closure still makes the optimiser keep what it captures in memory: on the
/// per-record and per-event paths (a shard's record and sequence-number accessors, `append`,
/// routing, a device's emission clock, token-bucket refills, `SimTime`, the event queue,
/// bounded random draws) that meant copying a whole shard or fleet per record, +6.5%
/// instructions per record on the 10k-device benchmark. Those few checks use the standard
/// `precondition`, which release builds compile to a bare trap (exit 70 with the reproduce
/// line; a debug build of the same run prints the message); every other model check uses this.
@inlinable @inline(__always)
public func modelPrecondition(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                              file: StaticString = #fileID, line: UInt = #line) {
    if _slowPath(!condition()) { modelPreconditionFailure(message(), file: file, line: line) }
}

/// An unreachable state of the model: prints `message` and traps, in every build.
@inline(never)
public func modelPreconditionFailure(_ message: @autoclosure () -> String,
                                     file: StaticString = #fileID, line: UInt = #line) -> Never {
    fatalError("internal check failed: \(message())", file: file, line: line)
}
