import SimKernel
@testable import Scenario

/// Seeded damage to scenario files, for the property test: type changes, deleted and unknown
/// members, out-of-range numbers, and raw-byte damage (truncation, flips, insertions).
struct JSONMutator {
    var random: SimRandom

    /// Values of every JSON type and many edge cases, to put where something else belongs.
    static let replacements: [JSONValue.Kind] = [
        .null, .bool(true), .bool(false), .number("0"), .number("-1"), .number("1.5"), .number("1e400"),
        .number("18446744073709551616"), .number("10000001"), .string(""), .string("5 parsecs"), .string("-5s"),
        .string("0s"), .string("40d"), .string("all"), .string("6MiB"), .string("constant:"), .string("AT_TIMESTAMP:1m"),
        .string("on-demand"), .string("sliding"), .array([]), .object([]),
        .object([JSONMember(key: "dist", value: JSONValue(.string("uniform")))]),
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.bounded(UInt64(items.count)))] }

    /// `value` with one random node changed (never the root itself).
    mutating func mutateTree(_ value: JSONValue) -> JSONValue {
        var copy = value
        switch copy.kind {
        case .object(var members) where !members.isEmpty:
            let index = Int(random.bounded(UInt64(members.count)))
            switch random.bounded(5) {
            case 0: members.remove(at: index)
            case 1:
                let key = pick(["shardz", "colour", "Version", "x"])
                if !members.contains(where: { $0.key == key }) {
                    members.append(JSONMember(key: key, value: JSONValue(pick(Self.replacements))))
                }
            case 2: members[index].value = JSONValue(pick(Self.replacements))
            default: members[index].value = mutateTree(members[index].value)
            }
            copy.kind = .object(members)
        case .array(var elements) where !elements.isEmpty:
            let index = Int(random.bounded(UInt64(elements.count)))
            switch random.bounded(4) {
            case 0: elements.remove(at: index)
            case 1: elements.append(elements[index])
            case 2: elements[index] = JSONValue(pick(Self.replacements))
            default: elements[index] = mutateTree(elements[index])
            }
            copy.kind = .array(elements)
        default:
            break
        }
        return copy
    }

    /// `bytes` with raw damage of one kind.
    mutating func damageBytes(_ bytes: [UInt8]) -> [UInt8] {
        var copy = bytes
        let position = Int(random.bounded(UInt64(copy.count)))
        switch random.bounded(4) {
        case 0: copy.removeSubrange(position...)
        case 1: copy[position] ^= UInt8(truncatingIfNeeded: 1 << random.bounded(8))
        case 2: copy.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        default: copy.remove(at: position)
        }
        return copy
    }
}
