/// The simulator's pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Randomness is owned, never global: each entity (device, gateway, shard, consumer, fault) draws
/// from its own substream derived from `(master seed, entity label, entity index)`, so adding a
/// consumer changes no device's readings. It deliberately does not conform to
/// `RandomNumberGenerator`: the standard library's sampling algorithms may change between Swift
/// versions, so simctl samples only with its own, pinned algorithms (`SimRandom+Sampling.swift`).
public struct SimRandom: Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose state is four successive SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// The independent substream of entity `index` of kind `label` under `masterSeed`.
    public init(masterSeed: UInt64, label: String, index: UInt64) {
        let labelHash = Self.fnv1a(label)
        let seed = SplitMix64.mix(SplitMix64.mix(masterSeed ^ labelHash) ^ SplitMix64.mix(index &+ 0x632B_E59B_D9B4_E019))
        self.init(seed: seed)
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(by: 45)
        return result
    }

    /// FNV-1a over the UTF-8 bytes: a fixed, process-independent hash for substream labels.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// SplitMix64: expands one seed word into well-mixed state words.
public struct SplitMix64: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function (a bijective 64-bit finalizer).
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension UInt64 {
    /// A bit rotation; forced inline because the generator and the digest call it per record.
    @inlinable @inline(__always)
    func rotatedLeft(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
