extension JSONValue {
    /// The document with the field at `steps` set to `value`. A missing member is added, and so
    /// are the objects on its way (a file may leave `fleet.batching` to its defaults); an array
    /// index must exist, and a step must not go through a number, string or array by key. The
    /// decoder then checks the result as it checks any file, so a misspelt key is refused there
    /// with its path.
    /// - Returns: why not, naming the path walked so far, when the path cannot be followed.
    func setting(_ steps: ArraySlice<JSONPathStep>, to value: JSONValue, walked: String = "") -> Result<JSONValue, UnfollowedPath> {
        guard let step = steps.first else { return .success(value) }
        switch (step, kind) {
        case let (.key(key), .object(members)):
            let here = walked.isEmpty ? key : walked + "." + key
            var members = members
            let index = members.firstIndex { $0.key == key }
            let child = index.map { members[$0].value } ?? JSONValue(.object([]))
            return child.setting(steps.dropFirst(), to: value, walked: here).map { updated in
                if let index { members[index].value = updated } else { members.append(JSONMember(key: key, value: updated)) }
                return JSONValue(.object(members), offset: offset)
            }
        case let (.index(position), .array(elements)) where elements.indices.contains(position):
            var elements = elements
            return elements[position].setting(steps.dropFirst(), to: value, walked: walked + "[\(position)]").map { updated in
                elements[position] = updated
                return JSONValue(.array(elements), offset: offset)
            }
        case let (.index(position), .array(elements)):
            return .failure(UnfollowedPath(reason: "\(walked) has \(elements.count) element\(elements.count == 1 ? "" : "s"), no [\(position)]"))
        default:
            return .failure(UnfollowedPath(reason: "\(walked.isEmpty ? "the scenario" : walked) is \(literal), which has no \(step.text)"))
        }
    }
}

extension JSONPathStep {
    var text: String {
        switch self {
        case .key(let key): "member \(key)"
        case .index(let index): "element [\(index)]"
        }
    }
}

/// Why a `--vary` field's path cannot be followed in the scenario.
struct UnfollowedPath: Error {
    var reason: String
}
