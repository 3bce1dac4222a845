/// Order statistics without a full sort: the k-th smallest of a buffer in linear time on
/// average. A second's percentiles need two of them, and sorting every second's latencies cost
/// more than recording them (Swift's stable sort, about 245 instructions a value on the
/// 10k-devices bench).
enum Selection {
    /// Rearranges `values` so that `values[k]` holds what a full sort would put there, nothing
    /// larger before it and nothing smaller after it. Hoare's selection with a median-of-three
    /// pivot and three-way partitions, so runs of equal values (a constant latency) take one pass.
    /// - Precondition: `values.indices.contains(k)`.
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<UInt64>) {
        var (low, high) = (0, values.count)  // the k-th lies in [low, high)
        while high - low > 1 {
            let pivot = medianOfThree(values[low], values[low + (high - low) / 2], values[high - 1])
            // [low, less) < pivot, [less, next) == pivot, [greater, high) > pivot.
            var (less, next, greater) = (low, low, high)
            while next < greater {
                if values[next] < pivot {
                    values.swapAt(less, next)
                    less += 1
                    next += 1
                } else if values[next] > pivot {
                    greater -= 1
                    values.swapAt(next, greater)
                } else {
                    next += 1
                }
            }
            if k < less {
                high = less
            } else if k >= greater {
                low = greater
            } else {
                return
            }
        }
    }

    static func medianOfThree(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        max(min(a, b), min(max(a, b), c))
    }
}
