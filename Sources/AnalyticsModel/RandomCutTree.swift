import SimKernel

/// One random cut tree over a sample of scalars (Guha et al., "Robust Random Cut Forest Based
/// Anomaly Detection on Streams", ICML 2016), with the conventions of AWS's
/// `random-cut-forest-by-aws` library.
///
/// An internal node cuts its values at its key: values `<= key` are in its left subtree, values
/// `> key` in its right one. Every node keeps the range `[low, high]` of the values below it (its
/// one-dimensional bounding box) and its mass, the number of sampled points below it. A leaf holds
/// one distinct value, its key; equal values share it and raise its mass instead of adding leaves.
///
/// Nodes are indices into two parallel arrays, recycled through a free list: a tree of
/// `sampleSize` points needs at most `sampleSize` leaves and `sampleSize − 1` internal nodes, all
/// allocated up front, so a full tree inserts and deletes without allocating. A leaf keeps its
/// index while it exists, so the sampler can name the leaf of each sampled point and delete it
/// without searching.
struct RandomCutTree: Sendable {
    /// What a root-to-leaf walk reads. Scoring is bound by the latency of these dependent loads,
    /// so they are kept apart from the rest: a walk reads 16 bytes per node, not 40.
    struct Link: Sendable {
        /// An internal node's cut; a leaf's value.
        var key: Double
        /// `noNode` for a leaf.
        var left: Int32
        var right: Int32

        var isLeaf: Bool { left == noNode }
    }

    /// What updates and the walk back up from a leaf read.
    struct Box: Sendable {
        var low: Double
        var high: Double
        var mass: Int32
        var parent: Int32
    }

    static let noNode: Int32 = -1

    /// Indexed by node, like `boxes`.
    private(set) var links: ContiguousArray<Link>
    private(set) var boxes: ContiguousArray<Box>
    /// Indices of unused nodes; popped to allocate, pushed to release.
    private var freeNodes: ContiguousArray<Int32>
    private(set) var root = noNode

    /// An empty tree with room for `sampleSize` points.
    init(sampleSize: Int) {
        let nodeCount = 2 * sampleSize - 1
        links = ContiguousArray(repeating: Link(key: 0, left: Self.noNode, right: Self.noNode), count: nodeCount)
        boxes = ContiguousArray(repeating: Box(low: 0, high: 0, mass: 0, parent: Self.noNode), count: nodeCount)
        freeNodes = ContiguousArray((0..<Int32(nodeCount)).reversed())
    }

    /// The number of points in the tree, duplicates included.
    var mass: Int { root == Self.noNode ? 0 : Int(boxes[node: root].mass) }
}

fileprivate extension ContiguousArray {
    /// Element access by node index.
    subscript(node node: Int32) -> Element {
        get { self[Int(node)] }
        set { self[Int(node)] = newValue }
    }
}

// MARK: - Insertion and deletion

extension RandomCutTree {
    /// Adds `value` and returns the leaf holding it: a new leaf, or the existing leaf of an equal
    /// value, whose mass grows.
    ///
    /// Top-down insertion of the paper: at each node, a cut drawn uniformly over the node's range
    /// extended by `value` either separates `value` from the range (a new node is made there, with
    /// a new leaf on one side and the old subtree on the other) or falls inside the old range and
    /// the walk descends. A value inside a node's range can never be separated there, so no cut is
    /// drawn for it. A leaf of another value is always separated, since the cut lies in
    /// `[min, max)` of the extended range. (The library draws the cuts bottom-up from the leaf and
    /// keeps the highest that separates: the same distribution of trees, from other draws.)
    /// - Precondition: the tree has room (at most `sampleSize − 1` points); `value` and the tree's
    ///   values are finite, and so are their differences.
    mutating func insert(_ value: Double, random: inout SimRandom) -> Int32 {
        guard root != Self.noNode else {
            root = newLeaf(value, parent: Self.noNode)
            return root
        }
        var node = root
        while true {
            let box = boxes[node: node]
            if value < box.low || value > box.high {
                let cut = Self.randomCut(low: min(box.low, value), high: max(box.high, value), random: &random)
                let separates = value < box.low ? cut < box.low : cut >= box.high
                if separates { return split(node, at: cut, adding: value) }
            } else if links[node: node].isLeaf {
                boxes[node: node].mass += 1
                return node
            }
            boxes[node: node] = Box(low: min(box.low, value), high: max(box.high, value),
                                    mass: box.mass + 1, parent: box.parent)
            let link = links[node: node]
            node = value <= link.key ? link.left : link.right
        }
    }

    /// Removes one point from `leaf`, deleting the leaf when it held the last one and splicing its
    /// sibling into its parent's place; masses and ranges on the path to the root follow.
    mutating func remove(leaf: Int32) {
        modelPrecondition(links[node: leaf].isLeaf && boxes[node: leaf].mass > 0, "removing from node \(leaf), not a live leaf")
        let parent = boxes[node: leaf].parent
        guard boxes[node: leaf].mass == 1 else {
            boxes[node: leaf].mass -= 1
            shrinkAncestors(from: parent)
            return
        }
        release(leaf)
        guard parent != Self.noNode else {
            root = Self.noNode
            return
        }
        let sibling = links[node: parent].left == leaf ? links[node: parent].right : links[node: parent].left
        let grandparent = boxes[node: parent].parent
        boxes[node: sibling].parent = grandparent
        replaceChild(parent, of: grandparent, with: sibling)
        release(parent)
        shrinkAncestors(from: grandparent)
    }

    /// A cut uniform over `[low, high)`; like the library, a draw that rounds up to `high` moves
    /// just below it, so that both sides of the cut are non-empty.
    /// - Precondition: `low < high`.
    static func randomCut(low: Double, high: Double, random: inout SimRandom) -> Double {
        let cut = low + (high - low) * random.unitDouble()
        return cut < high ? cut : high.nextDown
    }

    /// Puts a new internal node cutting at `cut` in `node`'s place, with `node` on one side and a
    /// new leaf for `value` on the other.
    private mutating func split(_ node: Int32, at cut: Double, adding value: Double) -> Int32 {
        let box = boxes[node: node]
        let branch = allocate()
        let leaf = newLeaf(value, parent: branch)
        let (left, right) = value <= cut ? (leaf, node) : (node, leaf)
        links[node: branch] = Link(key: cut, left: left, right: right)
        boxes[node: branch] = Box(low: min(box.low, value), high: max(box.high, value), mass: box.mass + 1, parent: box.parent)
        boxes[node: node].parent = branch
        replaceChild(node, of: box.parent, with: branch)
        return leaf
    }

    /// Takes one point off every node from `node` up to the root, recomputing each range from the
    /// node's two children (only the removed point's side can have shrunk).
    private mutating func shrinkAncestors(from node: Int32) {
        var node = node
        while node != Self.noNode {
            let link = links[node: node]
            let left = boxes[node: link.left]
            let right = boxes[node: link.right]
            let box = boxes[node: node]
            boxes[node: node] = Box(low: min(left.low, right.low), high: max(left.high, right.high),
                                    mass: box.mass - 1, parent: box.parent)
            node = box.parent
        }
    }

    /// Points `parent`'s link to `child` (or the root, when `parent` is `noNode`) at `replacement`.
    private mutating func replaceChild(_ child: Int32, of parent: Int32, with replacement: Int32) {
        if parent == Self.noNode {
            root = replacement
        } else if links[node: parent].left == child {
            links[node: parent].left = replacement
        } else {
            links[node: parent].right = replacement
        }
    }

    private mutating func newLeaf(_ value: Double, parent: Int32) -> Int32 {
        let leaf = allocate()
        links[node: leaf] = Link(key: value, left: Self.noNode, right: Self.noNode)
        boxes[node: leaf] = Box(low: value, high: value, mass: 1, parent: parent)
        return leaf
    }

    private mutating func allocate() -> Int32 {
        modelPrecondition(!freeNodes.isEmpty, "random cut tree full: all \(links.count) nodes in use")
        return freeNodes.removeLast()
    }

    /// Returns `node` to the free list, blanked so that a stale index reads as an empty leaf.
    private mutating func release(_ node: Int32) {
        links[node: node] = Link(key: 0, left: Self.noNode, right: Self.noNode)
        boxes[node: node] = Box(low: 0, high: 0, mass: 0, parent: Self.noNode)
        freeNodes.append(node)
    }
}

// MARK: - Scoring

extension RandomCutTree {
    /// The library's default anomaly score of `value` in this tree (`AnomalyScoreVisitor`),
    /// normalised by `log2(mass + 1)`; 0 for an empty tree.
    ///
    /// At the leaf reached at depth `d` (the root is depth 0): a leaf of the same value scores
    /// `damp / (d + log2(leafMass + 1))`, with `damp = 1 − leafMass / (2 · treeMass)` discounting
    /// heavily duplicated values, and ends the walk, since the value lies in every range above; any
    /// other leaf scores `1 / (d + 1)`. Walking back up, each ancestor at depth `d` whose range
    /// extended by `value` is `R'` instead of `R` mixes in its own `1 / (d + 1)` with the
    /// probability `p = (R' − R) / R'` that a random cut of the extended range isolates `value`
    /// there: `score = p / (d + 1) + (1 − p) · score`. The first ancestor containing `value` has
    /// `p = 0`, as have all above it, so the walk stops there.
    /// - Parameter log2OnePlus: `log2(k + 1)` at index `k`, for every `k` up to the tree's mass.
    func anomalyScore(of value: Double, log2OnePlus: ContiguousArray<Double>) -> Double {
        guard root != Self.noNode else { return 0 }
        var node = root
        var depth = 0
        var link = links[node: node]
        while !link.isLeaf {
            node = value <= link.key ? link.left : link.right
            link = links[node: node]
            depth += 1
        }
        let treeMass = boxes[node: root].mass
        let leaf = boxes[node: node]
        if link.key == value {
            let damp = 1 - Double(leaf.mass) / Double(2 * treeMass)
            return log2OnePlus[Int(treeMass)] * damp / (Double(depth) + log2OnePlus[Int(leaf.mass)])
        }
        var score = 1 / Double(depth + 1)
        node = leaf.parent
        while node != Self.noNode {
            depth -= 1
            let box = boxes[node: node]
            let extendedRange = max(box.high, value) - min(box.low, value)
            let separation = (extendedRange - (box.high - box.low)) / extendedRange
            if separation <= 0 { break }
            score = separation / Double(depth + 1) + (1 - separation) * score
            node = box.parent
        }
        return log2OnePlus[Int(treeMass)] * score
    }
}

// MARK: - Audit

extension RandomCutTree {
    /// Audits the tree: links agree both ways, every internal node's mass is its children's sum,
    /// its range is exactly the union of theirs and its cut separates them; every leaf is a single
    /// value with a positive mass; every node is either reachable from the root or free.
    /// - Returns: the mass of each leaf, indexed by node (0 for other nodes), for the sampler to
    ///   check against its points.
    /// - Complexity: O(nodes); for tests and audits, not the hot path.
    func checkInvariants() -> ContiguousArray<Int32> {
        var leafMass = ContiguousArray(repeating: Int32(0), count: links.count)
        var pending: [Int32] = []
        if root != Self.noNode {
            modelPrecondition(boxes[node: root].parent == Self.noNode, "root \(root) has parent \(boxes[node: root].parent)")
            pending.append(root)
        }
        var reachable = 0
        while let node = pending.popLast() {
            reachable += 1
            let link = links[node: node]
            if link.isLeaf {
                let box = boxes[node: node]
                modelPrecondition(box.mass > 0 && box.low == link.key && box.high == link.key,
                                  "leaf \(node) of \(link.key): mass \(box.mass), range [\(box.low), \(box.high)]")
                leafMass[Int(node)] = box.mass
            } else {
                checkInternal(node)
                pending.append(link.left)
                pending.append(link.right)
            }
        }
        modelPrecondition(reachable + freeNodes.count == links.count,
                          "\(reachable) reachable and \(freeNodes.count) free nodes of \(links.count)")
        return leafMass
    }

    private func checkInternal(_ node: Int32) {
        let link = links[node: node]
        let box = boxes[node: node]
        let left = boxes[node: link.left]
        let right = boxes[node: link.right]
        modelPrecondition(left.parent == node && right.parent == node,
                          "children \(link.left), \(link.right) of \(node) name parents \(left.parent), \(right.parent)")
        modelPrecondition(box.mass == left.mass + right.mass,
                          "node \(node) has mass \(box.mass), its children \(left.mass) + \(right.mass)")
        modelPrecondition(box.low == min(left.low, right.low) && box.high == max(left.high, right.high),
                          "node \(node) range [\(box.low), \(box.high)] is not its children's union")
        modelPrecondition(left.high <= link.key && link.key < right.low,
                          "node \(node) cut \(link.key) does not separate [.., \(left.high)] from [\(right.low), ..]")
    }
}
