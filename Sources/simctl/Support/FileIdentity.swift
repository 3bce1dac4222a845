import Foundation

/// The file a path names, so that `x`, `./x`, `dir/../x`, a symlink to `x` and a hard link to
/// `x` all compare equal, whether or not the file exists yet.
struct FileIdentity: Equatable {
    /// The path with its folder's `.`, `..` and symlinks resolved (the file's own too, if it exists).
    var canonicalPath: String
    /// Device and inode of an existing file; nil for a file that does not exist yet.
    var inode: [UInt64]?

    init(_ path: String) {
        if let resolved = Self.realPath(path) {
            canonicalPath = resolved
        } else {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            canonicalPath = (Self.realPath(folder) ?? url.deletingLastPathComponent().standardized.path)
                + "/" + url.lastPathComponent
        }
        var status = stat()
        inode = stat(path, &status) == 0 ? [UInt64(status.st_dev), UInt64(status.st_ino)] : nil
    }

    static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.canonicalPath == rhs.canonicalPath || (lhs.inode != nil && lhs.inode == rhs.inode)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
