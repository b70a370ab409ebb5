import { deflateRawSync } from "node:zlib";

/**
 * A minimal zip writer for hostile test files: every byte is under the test's control (stored or
 * deflated entries, raw pre-compressed data, flags, a compression method no reader supports), which
 * a zip library would not allow.
 */
export interface ZipItem {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** 0 = stored, 8 = deflated (default); any other number is written as is. */
  readonly method?: number;
  /** Already-compressed bytes to write instead of compressing `data`. */
  readonly raw?: Uint8Array;
  /** Declared uncompressed size (defaults to the real one). */
  readonly declaredSize?: number;
  readonly flags?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new Uint8Array(Buffer.from(data, "utf8")) : data;
}

export function zip(items: readonly ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const data = bytesOf(item.data);
    const method = item.method ?? 8;
    const body = item.raw ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(item.name, "utf8");
    const flags = (item.flags ?? 0) | 0x800;
    const size = item.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Deflate data that inflates to `megabytes` MB of spaces from a few KB: one compressed megabyte
 * repeated (non-final blocks with a sync flush, so copies chain), then an empty final block.
 */
export function deflateBomb(prefix: string, megabytes: number): Uint8Array {
  const head = deflateRawSync(Buffer.from(prefix), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: 2 });
  const final = Buffer.from([0x03, 0x00]);
  return Buffer.concat([head, ...new Array<Buffer>(megabytes).fill(block), final]);
}
