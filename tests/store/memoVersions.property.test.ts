// Property: whatever the sequence of saves and the time between them, the memo's version counts
// its saves, the newest version row holds exactly the memo's content, autosaves are coalesced only
// within two minutes of their version's first save, and each version row has one audit entry.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import type { SchemalessDb } from '../../src/store/migrations/types.ts';
import { insertMemo, MEMO_VERSION_COALESCE_MS, readMemo, readMemoVersion, readMemoVersions, updateMemo } from '../../src/store/repositories/memos.ts';
import { writeUnitYear } from '../../src/store/repositories/unitYears.ts';
import type { LotsplanDatabase } from '../../src/store/schema.ts';
import type { MemoContent } from '../../src/core/memo/model.ts';
import { samplePlan } from './helpers.ts';
import { sampleContent } from './memoFixture.ts';

const KEY = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

async function freshDb(): Promise<Kysely<LotsplanDatabase>> {
  const raw = new Database(':memory:');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<LotsplanDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  for (const m of MIGRATIONS) await m.up(db as unknown as SchemalessDb);
  await writeUnitYear(db, samplePlan(), false);
  return db;
}

const step = fc.record({
  kind: fc.constantFrom('save', 'save', 'save', 'figures', 'restore') as fc.Arbitrary<'save' | 'figures' | 'restore'>,
  gapMs: fc.integer({ min: 0, max: 5 * 60 * 1000 }),
  /** The text written into Ärendet; the same as before makes a save that changes nothing. */
  text: fc.constantFrom('A', 'B', 'C', 'D'),
});

function withText(content: MemoContent, text: string, kind: string, n: number): MemoContent {
  const next: MemoContent = {
    ...content,
    sections: { ...content.sections, arendet: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
  };
  // A figure update or restore always changes something here, so that it is a version of its own.
  return kind === 'save' ? next : { ...next, figures: { ...next.figures, computedAt: `2020-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z` } };
}

describe('memo versions (property)', () => {
  it('count saves, coalesce only within two minutes and keep the newest content', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const db = await freshDb();
        try {
          let now = Date.UTC(2020, 0, 1, 8, 0, 0);
          const memo = await insertMemo(db, 'testare', { key: KEY, scenarioId: null, content: sampleContent(), kind: 'create' }, new Date(now));
          let current = memo;
          // The model: version rows as [kind, firstSavedAt].
          const rows: { kind: string; first: number }[] = [{ kind: 'create', first: now }];
          let version = 1;
          for (const [i, s] of steps.entries()) {
            now += s.gapMs;
            const content = withText(current.content, s.text, s.kind, i);
            const changed = JSON.stringify(content) !== JSON.stringify(current.content);
            current = await updateMemo(db, 'testare', memo.id, current.version, content, { kind: s.kind, restoredVersion: 1 }, new Date(now));
            if (!changed && s.kind === 'save') continue;
            version += 1;
            const last = rows.at(-1)!;
            if (s.kind === 'save' && last.kind === 'save' && now - last.first < MEMO_VERSION_COALESCE_MS) continue;
            rows.push({ kind: s.kind, first: now });
          }
          const stored = (await readMemo(db, memo.id))!;
          expect(stored.version).toBe(version);
          const versions = await readMemoVersions(db, memo.id);
          expect(versions.map((v) => v.kind).reverse()).toEqual(rows.map((r) => r.kind));
          expect(versions[0]!.version).toBe(version);
          for (let i = 1; i < versions.length; i++) expect(versions[i]!.version).toBeLessThan(versions[i - 1]!.version);
          expect((await readMemoVersion(db, memo.id, version))!.content).toEqual(stored.content);
          const audit = await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('action', '=', 'memo')
            .executeTakeFirstOrThrow();
          expect(Number(audit.n)).toBe(rows.length);
        } finally {
          await db.destroy();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
