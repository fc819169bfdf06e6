import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import isDocumentResult from '../../output/document-result-validator.js';
import { DocumentResult } from '../../output/schema.js';
import { validateDocumentResult } from '../../output/validate.js';
import { stableJson } from '../../output/write.js';
import { extractFile } from '../../pipeline/index.js';
import { compiledValidatorSource } from '../../scripts/document-validator.js';
import { z } from 'zod';
import { CORPUS, SEEDS } from '../pipeline/helpers.js';

const INPUTS = [
  ...SEEDS,
  'formats/001_61b19ee575358a63.docx',
  'formats/004_db43e2131bbb219b.docx',
  'formats/003_13a95629cdd498d2.pdf',
];

const fast = isDocumentResult as (value: unknown) => boolean;
const results = await Promise.all(INPUTS.map((f) => extractFile(join(CORPUS, f), { ocr: false })));

describe('the compiled document validator', () => {
  it.each(INPUTS.map((f, i) => [f, i] as const))('accepts the result of %s as zod does, and zod returns the same bytes', (_f, i) => {
    const result = results[i]!;
    expect(result.indicators.length + result.tasks.length).toBeGreaterThan(0);
    expect(fast(result)).toBe(true);
    const parsed = DocumentResult.safeParse(result);
    expect(parsed.success).toBe(true);
    expect(stableJson(parsed.data)).toBe(stableJson(result));
  });
});

describe('compiledValidatorSource', () => {
  // Whatever the compiled function accepts is written unchecked by zod, so a part of the schema it cannot check must stop the build.
  const Line = z.object({ line: z.number().int().positive() });
  it.each([
    ['a refined field', z.object({ records: z.array(Line), total: z.number().refine((n) => n >= 0) })],
    ['a refined object inside an array', z.object({ records: z.array(Line.superRefine(() => undefined)) })],
    ['a refinement behind z.lazy', z.object({ tree: z.lazy(() => z.array(z.string().refine((t) => t.length > 0))) })],
  ])('refuses a schema with %s', (_what, schema) => {
    expect(() => compiledValidatorSource(schema)).toThrow(/refinement/u);
  });

  it('refuses a schema with a transform', () => {
    expect(() => compiledValidatorSource(z.object({ n: z.string().transform((t) => t.length) }))).toThrow(/Transforms/u);
  });

  it('compiles a schema it can check whole into a module that needs nothing', () => {
    const source = compiledValidatorSource(z.object({ records: z.array(Line), note: z.string().nullable() }));
    expect(source).toMatch(/^\/\/ @ts-nocheck\n/u);
    expect(source).toMatch(/export default/u);
    expect(source).not.toMatch(/\brequire\(|\bimport\b/u);
  });
});

/** A place in a result: the object or array holding it and its key. */
type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number };

function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ holder: value, key: i });
      slots(v, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ holder: value as Record<string, unknown>, key: k });
      slots(v, out);
    }
  }
  return out;
}

/** Values a bug could put anywhere: wrong types, edge numbers, near-miss strings and shapes. */
const ODD_VALUES: readonly unknown[] = [
  null, undefined, NaN, Infinity, -Infinity, 0, -0, -1, 0.5, 1.5, 2 ** 53, -(2 ** 53), 13, 32,
  '', 'x', '2024-1-1', '2024-01-01', '2024-01-01T00:00:00Z', 'last', 'ok', '%', 'target', 'quarter', 'monthly',
  [], [''], ['a', 'b'], {}, { text: 'x' }, true, false,
];

type Damage =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'copy'; at: number; from: number }
  | { kind: 'delete'; at: number }
  | { kind: 'extra-key'; at: number; value: unknown };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extra-key' as const), at: fc.nat(), value: fc.constantFrom(...ODD_VALUES) }),
);

function damaged(base: DocumentResult, damages: readonly Damage[]): unknown {
  const copy = structuredClone(base) as unknown;
  for (const d of damages) {
    const all = slots(copy);
    const slot = all[d.at % all.length]!;
    const holder = slot.holder as Record<string | number, unknown>;
    if (d.kind === 'set') holder[slot.key] = d.value;
    else if (d.kind === 'copy') {
      const from = all[d.from % all.length]!;
      holder[slot.key] = structuredClone((from.holder as Record<string | number, unknown>)[from.key]);
    }
    else if (d.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(slot.key as number, 1);
      else delete holder[slot.key];
    } else {
      const target = holder[slot.key];
      const into = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, unknown>) : Array.isArray(holder) ? undefined : holder;
      if (into) into.unexpected = d.value;
    }
  }
  return copy;
}

/** Checks one value both ways; returns which way it went. */
async function agree(value: unknown): Promise<'fast' | 'zod' | 'rejected'> {
  const zod = DocumentResult.safeParse(value);
  const accepted = fast(value);
  if (accepted) {
    // The pipeline writes the value itself: zod must accept it and its copy must serialise the same
    // (compact here, as the same keys in the same order are what matters, and it is quicker).
    expect(zod.success).toBe(true);
    expect(JSON.stringify(zod.data)).toBe(JSON.stringify(value));
  }
  const checked = await validateDocumentResult(value);
  expect(checked.success).toBe(zod.success);
  if (checked.success && zod.success) expect(JSON.stringify(checked.data)).toBe(JSON.stringify(zod.data));
  if (!checked.success && !zod.success) expect(checked.issue?.message).toBe(zod.error.issues[0]?.message);
  return accepted ? 'fast' : zod.success ? 'zod' : 'rejected';
}

/** The path of a slot with array indices left out (indicators[].provenance.line): one kind of field. */
function fieldKinds(value: unknown, path = '', out = new Map<string, Slot>()): Map<string, Slot> {
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  for (const [key, v] of entries) {
    const kind = typeof key === 'number' ? `${path}[]` : `${path}.${key}`;
    if (!out.has(kind)) out.set(kind, { holder: value as Slot['holder'], key });
    fieldKinds(v, kind, out);
  }
  return out;
}

/**
 * `value` with each array cut to its first two elements and those holding a kind of field the kept
 * ones do not: every kind of field in a fraction of the size (a conflict's two indicator ids stay).
 */
function covering(value: unknown, path = '', seen = new Set<string>()): unknown {
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    value.forEach((v, i) => {
      const kind = `${path}[]`;
      if (i >= 2 && [...fieldKinds(v, kind).keys()].every((k) => seen.has(k))) return;
      const cut = covering(v, kind, seen);
      for (const k of [kind, ...fieldKinds(cut, kind).keys()]) seen.add(k);
      kept.push(cut);
    });
    return kept;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, covering(v, `${path}.${k}`, seen)]));
  return value;
}

describe('validateDocumentResult against zod on damaged results', () => {
  it('agrees with zod on every kind of field set to every odd value, removed, or given an unknown key', async () => {
    const seen = { fast: 0, zod: 0, rejected: 0 };
    const kinds = new Map<string, { root: DocumentResult; slot: Slot }>();
    // Each check serialises the whole result: check on results cut to the records that hold each kind of field.
    for (const result of results) {
      const root = covering(result) as DocumentResult;
      expect(fast(root)).toBe(true);
      for (const [k, slot] of fieldKinds(root)) if (!kinds.has(k)) kinds.set(k, { root, slot });
    }
    // Fields of every record type and of the nested section tree are all reached.
    expect(kinds.size).toBeGreaterThan(100);
    for (const want of ['.indicators[].value', '.indicators[].canonicalMatch.confidence', '.tasks[].deadline.recurrence.month', '.sections[].children[].line']) {
      expect([...kinds.keys()]).toContain(want);
    }
    for (const { root, slot } of kinds.values()) {
      const holder = slot.holder as Record<string | number, unknown>;
      const kept = holder[slot.key];
      for (const odd of ODD_VALUES) {
        holder[slot.key] = odd;
        seen[await agree(root)]++;
      }
      holder[slot.key] = kept;
      if (!Array.isArray(holder)) {
        const entries = Object.entries(holder);
        delete holder[slot.key];
        seen[await agree(root)]++;
        holder[slot.key] = kept;
        holder.unexpected = 1;
        seen[await agree(root)]++;
        // Put the keys back in their order: the pipeline writes them in the order records are built in.
        for (const [k] of entries) delete holder[k];
        delete holder.unexpected;
        for (const [k, v] of entries) holder[k] = v;
      }
      // The result is whole again (each field was put back where it was).
      expect(stableJson(root)).toBe(stableJson(DocumentResult.parse(root)));
    }
    expect(seen.fast).toBeGreaterThan(0);
    expect(seen.zod).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  });

  it('never accepts what zod rejects, and returns what zod returns (verdict and bytes)', async () => {
    const seen = { fast: 0, zod: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(INPUTS.length - 1), fc.array(damage, { minLength: 1, maxLength: 3 }), async (which, damages) => {
        seen[await agree(damaged(results[which]!, damages))]++;
      }),
      { numRuns: 600 },
    );
    // Each way through validateDocumentResult was taken, so the property said something about each.
    expect(seen.fast).toBeGreaterThan(10);
    expect(seen.zod).toBeGreaterThan(10);
    expect(seen.rejected).toBeGreaterThan(10);
  });
});
