// The entries of a zip that inspectZip has accepted (its directory, sizes and the caps are checked
// there), unpacked with fflate, docx's own zip library. Only the entries whose names pass `wanted`
// are inflated. Throws on an entry fflate cannot read (the caller says the file is damaged).
import { unzipSync } from 'fflate';

export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes, { filter: (entry) => wanted(entry.name) })));
}
