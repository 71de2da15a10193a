import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built bin (`npm test` builds before running these) under input a careless user or an attacker might give it:
// terminal escape sequences, endless and oversized files, full disks, closed pipes, huge arguments.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'njplan-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case spawns Node at least once; on a loaded 2-core machine that can take seconds.
const SLOW = 60_000;

/** Control characters (C0, DEL, C1) and format characters (bidi controls, zero-width ones); the newline is allowed. */
const RAW_CONTROL = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** What hostile text tries to slip through: clear screen, set the window title, CSI in C1, right-to-left override. */
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u0000';
/** The same without the NUL, which no argument can hold. */
const HOSTILE_ARG = HOSTILE.replace('\u0000', '\u200b');

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], stdio?: { stdout?: number; stderr?: number }): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '100', NO_COLOR: '1' },
    stdio: ['ignore', stdio?.stdout ?? 'pipe', stdio?.stderr ?? 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    // A bin that reads forever is killed, and the test then fails on its exit code rather than hanging.
    timeout: SLOW - 10_000,
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Runs with stdout or stderr (or both) on `/dev/full`, where every write fails with ENOSPC. */
function runFull(args: readonly string[], streams: { stdout?: boolean; stderr?: boolean }): Run {
  const full = openSync('/dev/full', 'w');
  try {
    return run(args, {
      ...(streams.stdout ? { stdout: full } : {}),
      ...(streams.stderr ? { stderr: full } : {}),
    });
  } finally {
    closeSync(full);
  }
}

/** Neither stream holds a raw control character or a stack trace. */
function expectClean({ stdout, stderr }: Run): void {
  for (const text of [stdout, stderr]) {
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).not.toMatch(/^\s+at /m);
    expect(text).not.toContain('node:internal');
  }
}

const report = (fields: Record<string, unknown>) =>
  JSON.stringify({
    reporter: '测试',
    asOf: '2023-12-31',
    entries: [{ target: 'talent-pool', year: 2023, value: 390, unit: '万人' }],
    ...fields,
  });

describe.skipIf(process.platform === 'win32')('the CLI under hostile input', () => {
  describe('escape sequences in what it prints', () => {
    it('shows a report whose reporter and scope hold escape sequences with them escaped', { timeout: SLOW }, () => {
      const path = file(
        'escapes.json',
        report({
          reporter: `某区${HOSTILE}`,
          entries: [{ target: 'talent-pool', year: 2023, value: 390, unit: '万人', scope: `江北${HOSTILE}` }],
        }),
      );
      for (const args of [
        ['evaluate', path],
        ['evaluate', path, '--lang', 'en'],
        ['evaluate', path, '--json'],
        ['validate', path],
        ['validate', path, '--json'],
      ]) {
        const result = run(args);
        expect([0, 1]).toContain(result.code);
        expectClean(result);
      }
      const shown = run(['evaluate', path, '--lang', 'en']);
      if (shown.code === 0) expect(shown.stdout).toContain('\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202eevil\\x00');
    });

    it('escapes the bytes of a file that is not JSON when it quotes them', { timeout: SLOW }, () => {
      const path = file('not-json.json', `${HOSTILE} not json`);
      for (const args of [
        ['validate', path],
        ['validate', path, '--json'],
        ['evaluate', path],
      ]) {
        const result = run(args);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('not valid JSON');
        expectClean(result);
      }
    });

    it('escapes arguments it echoes in errors: ids, options, commands, file names', { timeout: SLOW }, () => {
      for (const args of [
        ['unit', HOSTILE_ARG],
        ['task', HOSTILE_ARG],
        ['target', HOSTILE_ARG],
        ['tasks', '--group', HOSTILE_ARG],
        ['search', 'x', '--scope', HOSTILE_ARG],
        ['search', 'x', '--limit', HOSTILE_ARG],
        ['overview', `--${HOSTILE_ARG}`],
        ['overview', '--lang', HOSTILE_ARG],
        ['validate', join(dir, HOSTILE_ARG)],
        [`x${HOSTILE_ARG}`],
      ]) {
        const result = run(args);
        expect(result.code).toBe(2);
        expect(result.stderr).not.toBe('');
        expectClean(result);
      }
    });

    it('escapes a query that matches nothing when it says so', { timeout: SLOW }, () => {
      const result = run(['search', `x${HOSTILE_ARG}`]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('njplan: 没有找到 "x');
      expectClean(result);
    });
  });

  describe('a 120 kB argument', () => {
    const huge = 'a'.repeat(120_000);

    it('is quoted in errors in at most 40 characters', { timeout: SLOW }, () => {
      for (const args of [
        ['unit', huge],
        ['overview', `--${huge}`],
        ['validate', huge],
        ['validate', join(dir, huge)],
        ['search', 'x', '--scope', huge],
        [huge],
      ]) {
        const result = run(args);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/"[^"\n]{40}…"/);
        expect(result.stderr).not.toContain('a'.repeat(41));
        expect(result.stderr.length).toBeLessThan(1_000);
        expectClean(result);
      }
    });

    it('is quoted the same when a search for it finds nothing', { timeout: SLOW }, () => {
      const result = run(['search', huge.slice(0, 90_000), '--lang', 'en']);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`njplan: no matches for "${'a'.repeat(40)}…"\n`);
    });

    it('is past the bound of a search query: a one-line error that does not repeat it', { timeout: SLOW }, () => {
      const result = run(['search', huge, '--lang', 'en']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'njplan: search: the query is longer than 100000 characters; search for fewer or shorter terms\n',
      );
    });
  });

  describe('search with a huge query', () => {
    it('answers an 8,000-term query as JSON instead of dying', { timeout: SLOW }, () => {
      const result = run(['search', ...Array.from({ length: 8_000 }, () => 'e'), '--json']);
      expect(result.code).toBe(0);
      expectClean(result);
      const hits = JSON.parse(result.stdout) as { matches: unknown[]; matchCount: number }[];
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.matches.length).toBeLessThanOrEqual(100);
    });

    it('refuses too many distinct terms with a one-line usage error', { timeout: SLOW }, () => {
      const result = run(['search', ...Array.from({ length: 8_000 }, (_, index) => `t${index}`), '--lang', 'en']);
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        'njplan: search: the query has 8000 distinct terms; at most 32 are allowed',
      );
      expectClean(result);
    });
  });

  describe('input files', () => {
    it('stops reading /dev/zero at the size limit with a one-line error: exit 2', { timeout: SLOW }, () => {
      const result = run(['validate', '/dev/zero', '--lang', 'en']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'njplan: cannot read "/dev/zero": it is larger than 10 MiB, the limit for input files\n',
      );
      expectClean(result);
    });

    it('refuses a file over 10 MiB, and reads one at the limit', { timeout: SLOW }, () => {
      const body = report({});
      const atLimit = file('at-limit.json', body + ' '.repeat(10 * 1024 * 1024 - Buffer.byteLength(body)));
      const overLimit = file('over-limit.json', body + ' '.repeat(10 * 1024 * 1024 - Buffer.byteLength(body) + 1));
      expect(run(['validate', atLimit, '--lang', 'en'])).toMatchObject({ code: 0, stdout: 'valid report\n' });
      const over = run(['evaluate', overLimit, '--lang', 'en']);
      expect(over.code).toBe(2);
      expect(over.stderr).toContain('larger than 10 MiB');
      expectClean(over);
    });

    it('reports a directory as a file it cannot read', { timeout: SLOW }, () => {
      const result = run(['validate', dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('(EISDIR)');
      expectClean(result);
    });
  });

  describe('output that cannot be written', () => {
    it('says in one line that standard output is full: exit 1', { timeout: SLOW }, () => {
      const result = runFull(['render'], { stdout: true });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('njplan: 无法写入标准输出(ENOSPC)\n');
      expect(runFull(['render', '--lang', 'en'], { stdout: true }).stderr).toBe(
        'njplan: cannot write to standard output (ENOSPC)\n',
      );
    });

    it('keeps the exit code of a usage error when standard error is full: exit 2', { timeout: SLOW }, () => {
      expect(runFull(['unit', 'nope'], { stderr: true }).code).toBe(2);
    });

    it('exits 1 without hanging when both streams are full', { timeout: SLOW }, () => {
      expect(runFull(['render'], { stdout: true, stderr: true }).code).toBe(1);
      expect(runFull(['search', 'e', '--json'], { stdout: true, stderr: true }).code).toBe(1);
    });

    it('ends quietly when the reader closes the pipe early', { timeout: SLOW }, async () => {
      const child = spawn(process.execPath, [bin, 'search', 'e', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      expect(code).toBe(0);
      expect(stderr).toBe('');
    });
  });
});
