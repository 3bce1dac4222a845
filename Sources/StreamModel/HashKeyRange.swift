import SimKernel

/// A contiguous, inclusive range of the 128-bit hash-key space owned by one shard (H2, H4, H5).
public struct HashKeyRange: Equatable, Sendable, CustomStringConvertible {
    public var start: UInt128
    public var end: UInt128

    public init(start: UInt128, end: UInt128) {
        modelPrecondition(start <= end, "empty hash-key range [\(start), \(end)]")
        self.start = start
        self.end = end
    }

    @inlinable
    public func contains(_ key: UInt128) -> Bool { key >= start && key <= end }

    /// `count` equal contiguous ranges covering `[0, 2^128 − 1]`; the last absorbs the remainder.
    public static func evenSplit(count: Int) -> [HashKeyRange] {
        modelPrecondition(count >= 1, "a stream needs at least one shard")
        guard count > 1 else { return [HashKeyRange(start: 0, end: .max)] }
        // width = ⌊2^128 / count⌋, computed without 2^128: ⌊(max + 1) / n⌋.
        let divisor = UInt128(count)
        let width = UInt128.max / divisor + (UInt128.max % divisor == divisor - 1 ? 1 : 0)
        return (0..<count).map { index in
            let start = width * UInt128(index)
            let end = index == count - 1 ? UInt128.max : start + width - 1
            return HashKeyRange(start: start, end: end)
        }
    }

    public var description: String { "[\(start), \(end)]" }
}

extension HashKeyRange {
    /// Whether the two ranges share at least one key.
    public func overlaps(_ other: HashKeyRange) -> Bool { start <= other.end && other.start <= end }

    /// RS2: whether `key` can start the upper child of a split: inside the range, above its start.
    public func canSplit(at key: UInt128) -> Bool { key > start && key <= end }

    /// The two children of a split at `key`: `[start, key − 1]` and `[key, end]`.
    /// - Precondition: `canSplit(at: key)`.
    public func split(at key: UInt128) -> [HashKeyRange] {
        [HashKeyRange(start: start, end: key - 1), HashKeyRange(start: key, end: end)]
    }
}

extension HashKeyRange {
    /// The position of the range containing `key` among contiguous ranges whose sorted start
    /// keys are `starts` (the first 0): binary search, the last start not above the key.
    @inlinable
    public static func position(of key: UInt128, starts: [UInt128]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= key { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
