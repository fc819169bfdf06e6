/**
 * bin/v8-flags.js tunes V8 for the CLI with setFlagsFromString, which ignores a flag it
 * does not know: a flag renamed or dropped by a later Node would silently stop applying.
 * Node's own command line refuses unknown flags, so each one is checked there.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { V8_FLAGS } from '../../bin/v8-flags.js';

const accepts = (flag: string) => spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });

describe('V8 flags of the CLI', () => {
  it.each(V8_FLAGS)('%s is a flag this Node accepts', (flag) => {
    const r = accepts(flag);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a misspelt flag is refused, so the check above can fail', () => {
    const r = accepts(`${V8_FLAGS[0]!.split('=')[0]}x=1`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad option/u);
  });
});
