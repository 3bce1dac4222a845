extension EventQueue {
    /// Whole-state audit: every event is at or after `now` and no child precedes its parent.
    /// Stops the run with a message naming the slot when the heap is broken.
    /// - Complexity: O(n); for tests and `--audit` runs, not the hot path.
    public func checkInvariants() {
        for index in heap.indices {
            modelPrecondition(heap[index].time >= now,
                         "event queue slot \(index) holds an event at \(heap[index].time), before now \(now)")
            guard index > 0 else { continue }
            let parent = (index - 1) / 2
            modelPrecondition(!heap[index].precedes(heap[parent]),
                         "event queue slot \(index) (at \(heap[index].time)) precedes its parent \(parent) (at \(heap[parent].time))")
        }
    }
}
