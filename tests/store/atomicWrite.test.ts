// The one atomic file write (CLI output files, the desktop's save dialog): a failure at any step
// through the file-operation seam leaves the old file or the whole new one, and no temporary file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/atomicWrite.ts';
import { useFileOps } from '../../src/store/fileOps.ts';
import { FaultyOps } from './faults/faultyOps.ts';

let dir: string;
let target: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-atomic-'));
  target = path.join(dir, 'plan.xlsx');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const NEW = 'ny text med å, ä och ö';

describe('writeFileAtomic', () => {
  it('writes a string as UTF-8 and bytes as they are, leaving only the target', () => {
    writeFileAtomic(target, NEW);
    expect(fs.readFileSync(target, 'utf8')).toBe(NEW);
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    writeFileAtomic(target, bytes);
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(bytes);
    expect(fs.readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('writes through a symbolic link to the file it points to and keeps the link; a link to nothing is replaced', () => {
    const shared = fs.mkdtempSync(path.join(dir, 'delad-'));
    const real = path.join(shared, 'rapport.xlsx');
    fs.writeFileSync(real, 'gammal');
    const link = path.join(dir, 'rapport.xlsx');
    fs.symlinkSync(real, link);
    writeFileAtomic(link, NEW);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe(NEW);
    expect(fs.readdirSync(shared)).toEqual(['rapport.xlsx']);
    const dangling = path.join(dir, 'borta.xlsx');
    fs.symlinkSync(path.join(dir, 'finns-inte', 'x.xlsx'), dangling);
    writeFileAtomic(dangling, NEW);
    expect(fs.lstatSync(dangling).isFile()).toBe(true);
    expect(fs.readFileSync(dangling, 'utf8')).toBe(NEW);
  });

  it('goes through the seam in use when none is passed (so fault tests reach the CLI writes)', () => {
    const ops = new FaultyOps({ failAt: null, mode: 'once' });
    const restore = useFileOps(ops);
    try {
      writeFileAtomic(target, NEW);
    } finally {
      restore();
    }
    expect(ops.steps.map((step) => step.split(' ')[0])).toEqual(
      process.platform === 'win32'
        ? ['open(wx)', 'write', 'fsync', 'close', 'rename']
        : ['open(wx)', 'write', 'fsync', 'close', 'rename', 'open(r)', 'fsync', 'close'],
    );
    // Over an existing file its permission bits are set on the new one before anything is written.
    const again = new FaultyOps({ failAt: null, mode: 'once' });
    writeFileAtomic(target, NEW, again);
    expect(again.steps.map((step) => step.split(' ')[0]).slice(0, 3)).toEqual(['open(wx)', 'chmod', 'write']);
  });

  it('leaves the old file or the whole new one, and no temporary file, when any single step fails', () => {
    const counter = new FaultyOps({ failAt: null, mode: 'once' });
    fs.writeFileSync(target, 'gammal');
    writeFileAtomic(target, NEW, counter);
    const steps = counter.steps.length;
    expect(steps).toBeGreaterThanOrEqual(5);
    for (let failAt = 0; failAt < steps; failAt++) {
      fs.writeFileSync(target, 'gammal');
      const ops = new FaultyOps({ failAt, mode: 'once' });
      let threw = false;
      try {
        writeFileAtomic(target, NEW, ops);
      } catch {
        threw = true;
      }
      expect(ops.failures, `step ${failAt}`).toBe(1);
      const content = fs.readFileSync(target, 'utf8');
      // Until the rename the old file stands and the write is refused; after it, only the
      // folder's fsync is left, whose failure is not the caller's (the file is whole).
      expect(content, `step ${failAt}: ${ops.steps[failAt]}`).toBe(threw ? 'gammal' : NEW);
      expect(fs.readdirSync(dir), `step ${failAt}`).toEqual(['plan.xlsx']);
    }
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permission bits of the file it replaces, whatever the umask, and gives a new file 0644 under the usual umask',
    () => {
      const previousUmask = process.umask(0o022);
      try {
        writeFileAtomic(target, NEW);
        expect(fs.statSync(target).mode & 0o7777).toBe(0o644);
        fc.assert(
          fc.property(fc.integer({ min: 0o400, max: 0o777 }), fc.constantFrom(0o022, 0o077, 0o002), (mode, umask) => {
            process.umask(umask);
            fs.chmodSync(target, mode);
            writeFileAtomic(target, NEW);
            expect(fs.statSync(target).mode & 0o7777).toBe(mode);
            expect(fs.readFileSync(target, 'utf8')).toBe(NEW);
            expect(fs.readdirSync(dir)).toEqual(['plan.xlsx']);
          }),
          { numRuns: 60 },
        );
      } finally {
        process.umask(previousUmask);
        fs.chmodSync(target, 0o644);
      }
    },
  );

  it('keeps the permission bits of the file a symbolic link points to', () => {
    const real = path.join(dir, 'privat.xlsx');
    fs.writeFileSync(real, 'gammal');
    fs.chmodSync(real, 0o600);
    const link = path.join(dir, 'länk.xlsx');
    fs.symlinkSync(real, link);
    writeFileAtomic(link, NEW);
    expect(fs.statSync(real).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(real, 'utf8')).toBe(NEW);
  });

  it('refuses to write through a missing folder and creates nothing', () => {
    expect(() => writeFileAtomic(path.join(dir, 'saknas', 'plan.xlsx'), NEW)).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
