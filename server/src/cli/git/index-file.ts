// The paths of the files git tracks, read from the index (`.git/index`, formats 2 to 4) without git:
// a tracked file is listed even when an ignore pattern matches it, as `git ls-files --cached` does.
// An index this reader does not understand (a split index, a damaged file) gives null: then only
// the ignore rules decide.
import fs from 'node:fs';

const GITLINK = 0o160000; // a submodule: a folder, not a file
const TREE = 0o040000; // a folder entry of a sparse index
const ENTRY_FIXED = 40; // ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit numbers
const EXTENDED = 0x4000;

/** "/"-separated paths relative to the work tree's top folder, or null. */
export function readIndexPaths(file: string, hashBytes: number): string[] | null {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return null; // a fresh repository has no index yet
  }
  try {
    return parse(buf, hashBytes);
  } catch {
    return null;
  }
}

function parse(buf: Buffer, hashBytes: number): string[] | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = buf.readUInt32BE(8);
  const out: string[] = [];
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    const start = at;
    const mode = buf.readUInt32BE(at + 24);
    at += ENTRY_FIXED + hashBytes;
    const flags = buf.readUInt16BE(at);
    at += 2;
    if (version >= 3 && flags & EXTENDED) at += 2;
    let name: Buffer;
    if (version === 4) {
      // The name is the previous one minus `strip` bytes at its end, plus what follows.
      let byte = buf[at++]!;
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        byte = buf[at++]!;
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = buf.indexOf(0, at);
      if (end < 0 || strip > previous.length) return null;
      name = Buffer.concat([previous.subarray(0, previous.length - strip), buf.subarray(at, end)]);
      at = end + 1;
    } else {
      const end = buf.indexOf(0, at);
      if (end < 0) return null;
      name = buf.subarray(at, end);
      at = start + Math.ceil((end - start + 1) / 8) * 8; // 1 to 8 NUL bytes pad the entry
    }
    previous = name;
    const type = mode & 0o170000;
    if (type !== GITLINK && type !== TREE) out.push(name.toString('utf8'));
  }
  if (hasSplitLink(buf, at, hashBytes)) return null;
  return out;
}

/** A split index keeps most entries in another file ("link" extension): not read here. */
function hasSplitLink(buf: Buffer, at: number, hashBytes: number): boolean {
  while (at + 8 <= buf.length - hashBytes) {
    if (buf.toString('latin1', at, at + 4) === 'link') return true;
    at += 8 + buf.readUInt32BE(at + 4);
  }
  return false;
}
