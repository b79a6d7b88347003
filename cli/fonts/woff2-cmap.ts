// Reads which characters a WOFF2 font file maps to a glyph, from its own `cmap` table: the font subset test checks
// the shipped font files themselves, not what the script that made them says it did. WOFF2 (W3C, 2018): a header,
// a table directory, then one Brotli stream holding the tables one after another. `cmap` is never transformed,
// so it is read as it is in a TrueType file.
import { brotliDecompressSync } from 'node:zlib'

const HEADER_BYTES = 48
const WOFF2_SIGNATURE = 0x774f4632 // 'wOF2'
const CMAP_TAG_INDEX = 0
const GLYF_TAG_INDEX = 10
const LOCA_TAG_INDEX = 11
const ARBITRARY_TAG = 63

class Reader {
  constructor(
    private readonly view: DataView,
    public offset = 0,
  ) {}
  u8() {
    return this.view.getUint8(this.offset++)
  }
  u16() {
    const v = this.view.getUint16(this.offset)
    this.offset += 2
    return v
  }
  u32() {
    const v = this.view.getUint32(this.offset)
    this.offset += 4
    return v
  }
  /** UIntBase128: 7 bits a byte, most significant first, at most 5 bytes. */
  base128() {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = this.u8()
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
    throw new Error('woff2: UIntBase128 longer than 5 bytes')
  }
}

/** The `cmap` table of a WOFF2 file, as bytes. */
function cmapTable(file: Uint8Array): DataView {
  const header = new Reader(new DataView(file.buffer, file.byteOffset, file.byteLength))
  if (header.u32() !== WOFF2_SIGNATURE) throw new Error('not a WOFF2 file')
  header.u32() // flavor
  header.u32() // length
  const numTables = header.u16()
  header.offset = HEADER_BYTES
  let position = 0
  let cmap: { offset: number; length: number } | undefined
  for (let i = 0; i < numTables; i++) {
    const flags = header.u8()
    const tagIndex = flags & 0x3f
    const transform = flags >> 6
    if (tagIndex === ARBITRARY_TAG) header.u32()
    const origLength = header.base128()
    // glyf and loca are transformed unless their version is 3; any other table is transformed unless it is 0.
    const isGlyfOrLoca = tagIndex === GLYF_TAG_INDEX || tagIndex === LOCA_TAG_INDEX
    const transformed = isGlyfOrLoca ? transform !== 3 : transform !== 0
    const length = transformed ? header.base128() : origLength
    if (tagIndex === CMAP_TAG_INDEX) cmap = { offset: position, length }
    position += length
  }
  if (!cmap) throw new Error('woff2: no cmap table')
  const tables = brotliDecompressSync(file.subarray(header.offset))
  return new DataView(tables.buffer, tables.byteOffset + cmap.offset, cmap.length)
}

function readFormat4(table: Reader, start: number, out: Set<number>) {
  table.offset = start + 6
  const segments = table.u16() / 2
  const ends = start + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  const at = (offset: number) => ((table.offset = offset), table.u16())
  for (let s = 0; s < segments; s++) {
    const end = at(ends + s * 2)
    const first = at(starts + s * 2)
    const delta = at(deltas + s * 2)
    const rangeOffset = at(rangeOffsets + s * 2)
    for (let c = first; c <= end && c !== 0xffff; c++) {
      const raw = rangeOffset === 0 ? c : at(rangeOffsets + s * 2 + rangeOffset + (c - first) * 2)
      const glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      if (glyph !== 0) out.add(c)
    }
  }
}

function readFormat12(table: Reader, start: number, out: Set<number>) {
  table.offset = start + 12
  const groups = table.u32()
  for (let g = 0; g < groups; g++) {
    const first = table.u32()
    const last = table.u32()
    const glyph = table.u32()
    for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) out.add(c)
  }
}

/** Every code point the font maps to a glyph other than .notdef (from its Unicode subtables, formats 4 and 12). */
export function mappedCodePoints(file: Uint8Array): Set<number> {
  const table = new Reader(cmapTable(file))
  table.u16() // version
  const subtables = table.u16()
  const out = new Set<number>()
  for (let i = 0; i < subtables; i++) {
    table.offset = 4 + i * 8
    const platform = table.u16()
    const encoding = table.u16()
    const offset = table.u32()
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    table.offset = offset
    const format = table.u16()
    if (format === 4) readFormat4(table, offset, out)
    else if (format === 12) readFormat12(table, offset, out)
  }
  return out
}
