/// A Python 3 program (standard library only: zlib) that decodes an 8-bit RGB or RGBA PNG and
/// prints `width height distinct-colours non-white-pixels`, followed by `rrggbb=count` for each
/// colour given as an argument. The browser test uses it to tell a rendered report from a blank or
/// error page without an image library in Swift.
enum PngColours {
    static let program = #"""
    import struct, sys, zlib
    data = open(sys.argv[1], "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6), "unsupported PNG %d/%d" % (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    previous, counts, i = bytearray(stride), {}, 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind in (1, 3, 4):
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                up = previous[x]
                if kind == 1:
                    line[x] = (line[x] + left) & 255
                elif kind == 3:
                    line[x] = (line[x] + (left + up) // 2) & 255
                else:
                    corner = previous[x - bpp] if x >= bpp else 0
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        for x in range(0, stride, bpp):
            key = bytes(line[x:x + 3])
            counts[key] = counts.get(key, 0) + 1
        previous = line
    white = counts.get(b"\xff\xff\xff", 0)
    print(width, height, len(counts), width * height - white)
    for wanted in sys.argv[2:]:
        print("%s=%d" % (wanted, counts.get(bytes.fromhex(wanted), 0)))
    """#
}
