/**
 * The byte layout of a corpus stage's saved rows: a JSON part and any number of 4-byte number arrays, so an index of
 * 100k articles reloads from compact rows rather than from the articles' texts.
 *
 * Layout: u32 JSON byte length, u32 array count, then per array a u32 element count and a u8 kind (0 Uint32,
 * 1 Int32, 2 Float32) padded to 4 bytes, then the JSON bytes padded to 4, then each array's elements (little-endian).
 */
export type StateArray = Uint32Array | Int32Array | Float32Array;

const KINDS = [Uint32Array, Int32Array, Float32Array] as const;

function kindOf(a: StateArray): number {
  return a instanceof Uint32Array ? 0 : a instanceof Int32Array ? 1 : 2;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Pack a JSON value and number arrays into one row value. */
export function packState(json: unknown, arrays: StateArray[] = []): Uint8Array {
  const text = Buffer.from(JSON.stringify(json), 'utf8');
  const head = 8 + arrays.length * 8;
  const size = head + pad4(text.length) + arrays.reduce((n, a) => n + a.length * 4, 0);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(text.length, 0);
  out.writeUInt32LE(arrays.length, 4);
  arrays.forEach((a, i) => {
    out.writeUInt32LE(a.length, 8 + i * 8);
    out.writeUInt8(kindOf(a), 12 + i * 8);
  });
  text.copy(out, head);
  let at = head + pad4(text.length);
  for (const a of arrays) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.length * 4);
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/** Unpack a row value made by {@link packState}: the JSON value and fresh arrays of their kinds. */
export function unpackState<T>(value: Uint8Array): { json: T; arrays: StateArray[] } {
  const buf = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const textLength = buf.readUInt32LE(0);
  const count = buf.readUInt32LE(4);
  const head = 8 + count * 8;
  const json = JSON.parse(buf.toString('utf8', head, head + textLength)) as T;
  let at = head + pad4(textLength);
  const arrays: StateArray[] = [];
  for (let i = 0; i < count; i++) {
    const length = buf.readUInt32LE(8 + i * 8);
    const Kind = KINDS[buf.readUInt8(12 + i * 8)];
    if (!Kind) throw new Error(`Unknown array kind in a saved stage row.`);
    // A copy into a buffer of its own: the row's bytes need not be 4-byte aligned.
    const copy = new Uint8Array(length * 4);
    copy.set(buf.subarray(at, at + length * 4));
    arrays.push(new Kind(copy.buffer));
    at += length * 4;
  }
  return { json, arrays };
}
