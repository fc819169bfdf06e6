/**
 * Every source and data file under rules/ is Unicode NFC. Rules match on the
 * NFC text of documents; a Vietnamese word typed in NFD in a rule file
 * ("hoá" as o + combining acute) would silently never match.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES = join(ROOT, 'rules');
const TEXT_FILE = /\.(?:ts|js|mjs|json|txt|md|ya?ml|csv|tsv)$/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : TEXT_FILE.test(name) ? [path] : [];
  });
}

/** The first place where `text` is not NFC, as "line N: …", or null when it is NFC. */
function firstNonNfc(text: string): string | null {
  if (text === text.normalize('NFC')) return null;
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l !== l.normalize('NFC'));
  return `line ${i + 1}: ${JSON.stringify(lines[i]!.slice(0, 80))}`;
}

describe('NFC source files', () => {
  const files = filesUnder(RULES);

  it('finds the rule sources and their Vietnamese data', () => {
    const names = files.map((f) => relative(ROOT, f).replace(/\\/gu, '/'));
    expect(names).toContain('rules/vi/domains.ts');
    expect(names).toContain('rules/vi/indicator/dictionary.ts');
    expect(names).toContain('rules/taxonomy.json');
    expect(files.length).toBeGreaterThan(20);
  });

  it('tells an NFD word from an NFC one', () => {
    expect(firstNonNfc('tỷ lệ hoá đơn')).toBeNull();
    expect(firstNonNfc('ok\ntỷ lệ hoá đơn'.normalize('NFD'))).toMatch(/^line 2: /u);
  });

  it('every file under rules/ is NFC', () => {
    const bad = files.map((f) => [relative(ROOT, f), firstNonNfc(readFileSync(f, 'utf8'))] as const).filter(([, where]) => where !== null);
    expect(bad).toEqual([]);
  });
});
