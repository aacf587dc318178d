// npm run bench: how fast and how big `authctl token` is, next to `node -e 0`, measured in one
// run on one machine against the Zoho Accounts emulator. Run after a build (npm run bench does).
//
// Method
// - Wall time: from spawn() to the child's 'close' (exited, stdio drained), timed in this process.
//   Runs are sequential and the cases are interleaved run by run, so a machine that slows down
//   slows every case alike; a few warm-up rounds are discarded.
// - Peak memory: separate runs (so the probe never touches the timed ones) with a preload,
//   `node --require <probe>`, that writes process.resourceUsage().maxRSS (getrusage's ru_maxrss, the
//   figure GNU time prints as %M) to fd 3 as the process exits. Needs nothing but Node.
// - NODE_EXTRA_CA_CERTS makes every Node start read a CA bundle (~55 ms on Node 20): the children
//   run without it, whatever this process has, and the report says so.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../test/emulator/index.js';
import { BIN, makeSandbox } from '../test/helpers/cli.js';
import { startKeyring, type TestKeyring } from '../test/helpers/keyring.js';
import { freePort } from '../test/helpers/ports.js';
import { REDIS_PASSWORD, startRedis } from '../test/helpers/redis.js';
import { type EmulatorProfile, readCredential, seedEmulatorProfile, setAccessTokenExpiry } from '../test/helpers/seed.js';

const RUNS = Number(process.env.BENCH_RUNS) || 30;
const WARMUP = 3;
const STORM_SIZE = 32;
const STORM_ROUNDS = Number(process.env.BENCH_STORM_ROUNDS) || 5;
const EXPIRED = -60_000;

const PROBE = `process.on('exit', () => { try { require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n`;

/** The floor: the least a Node program can do that prints a cached token, five lines of CommonJS. */
const FLOOR_SCRIPT = `'use strict';
const { readFileSync, writeSync } = require('node:fs');
const file = process.argv[2];
const token = readFileSync(file, 'utf8');
writeSync(1, token);
`;

/** Every child's environment: without NODE_EXTRA_CA_CERTS (see Method). */
const clean = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const copy = { ...env };
  delete copy.NODE_EXTRA_CA_CERTS;
  return copy;
};

interface Outcome {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set in KiB, when run with the probe. */
  maxRssKiB?: number;
}

/** Runs `node ...args` once; with `probe`, under the memory probe. */
function runNode(args: string[], env: NodeJS.ProcessEnv, probe?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const argv = probe ? ['--require', probe, ...args] : args;
    const start = performance.now();
    const child = spawn(process.execPath, argv, { env: clean(env), stdio: ['ignore', 'pipe', 'pipe', probe ? 'pipe' : 'ignore'] });
    let stdout = '';
    let stderr = '';
    let rss = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (probe) (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (d: string) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      resolve({ ms, code, stdout, stderr, ...(probe ? { maxRssKiB: Number(rss) } : {}) });
    });
  });
}

function check(o: Outcome, what: string): Outcome {
  if (o.code !== 0) throw new Error(`${what} exited ${o.code}: ${o.stderr.trim()}`);
  return o;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)]!;

interface Case {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Runs before every run, untimed (e.g. expire the cached token so the run must refresh). */
  prepare?: () => Promise<void>;
  /** Checks the run did what the case claims. */
  verify?: (o: Outcome) => Promise<void> | void;
  times: number[];
  rss: number[];
  note?: string;
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(os.tmpdir(), 'authctl-bench-'));
  const probe = join(work, 'maxrss-probe.cjs');
  await writeFile(probe, PROBE);
  // Generous limits: the benchmark refreshes one refresh token far more often than Zoho would allow.
  const emulator = await startEmulator({ settings: { tokenCreationsPer10Min: 1_000_000, activeAccessTokensPerRefreshToken: 1_000 } });
  let keyring: TestKeyring | undefined;
  let keyringProblem: string | undefined;
  try {
    keyring = await startKeyring();
    // The native keyring module in this process (seeding) reads the bus address from process.env.
    process.env.DBUS_SESSION_BUS_ADDRESS = keyring.env.DBUS_SESSION_BUS_ADDRESS;
  } catch (err) {
    keyringProblem = (err as Error).message.split('\n')[0];
  }
  let redis: ChildProcess | undefined;
  let redisProblem: string | undefined;
  let redisPort = 0;
  try {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
  } catch (err) {
    redisProblem = (err as Error).message.split('\n')[0];
  }
  const sandboxes: Array<{ cleanup(): Promise<void> }> = [];
  const sandbox = async (extra: NodeJS.ProcessEnv = {}) => {
    const sb = await makeSandbox(extra);
    sandboxes.push(sb);
    const file = join(sb.home, 'zoho-data-centres.json');
    await emulator.writeDataCentresFile(file);
    sb.env.AUTHCTL_ZOHO_DATA_CENTRES = file;
    return sb;
  };
  const refreshes = (p: EmulatorProfile) =>
    emulator.tokenRequests('refresh_token').filter((r) => r.form.client_id === p.client.clientId).length;

  try {
    const fileBox = await sandbox();
    const fileProfile = await seedEmulatorProfile(fileBox.env, emulator, 'acme', { store: 'file' });
    const printsCached = (p: EmulatorProfile) => (o: Outcome) => {
      if (o.stdout !== `${p.credential.accessToken}\n`) throw new Error('a cached run did not print the cached token');
    };

    const floorScript = join(work, 'print-token.cjs');
    const tokenFile = join(work, 'token.txt');
    await writeFile(floorScript, FLOOR_SCRIPT);
    await writeFile(tokenFile, `${fileProfile.credential.accessToken}\n`);
    const cases: Case[] = [
      { name: 'node -e 0 (the floor)', args: ['-e', '0'], env: { PATH: process.env.PATH }, times: [], rss: [] },
      {
        name: 'a 5-line script that prints a file',
        args: [floorScript, tokenFile],
        env: { PATH: process.env.PATH },
        verify: printsCached(fileProfile),
        times: [],
        rss: [],
      },
      {
        name: 'authctl --version',
        args: [BIN, '--version'],
        env: fileBox.env,
        verify: (o) => {
          if (!/^\d+\.\d+\.\d+\n$/.test(o.stdout)) throw new Error('--version printed no version');
        },
        times: [],
        rss: [],
      },
      {
        name: 'authctl token, cached, file store',
        args: [BIN, 'token'],
        env: fileBox.env,
        verify: printsCached(fileProfile),
        times: [],
        rss: [],
      },
    ];

    if (keyring) {
      const keyBox = await sandbox({ ...keyring.env });
      const seeded = await seedEmulatorProfile(keyBox.env, emulator, 'acme', { store: 'keychain' });
      // One refresh through authctl leaves the access-token copy the cached path reads.
      await setAccessTokenExpiry(keyBox.env, seeded.profile, EXPIRED);
      check(await runNode([BIN, 'token'], keyBox.env), 'the refresh that writes the token copy');
      const stored = await readCredential(keyBox.env, seeded.profile);
      const keyProfile = { ...seeded, credential: { ...seeded.credential, accessToken: stored!.accessToken! } };
      cases.push({
        name: 'authctl token, cached, keychain store (token copy)',
        args: [BIN, 'token'],
        env: keyBox.env,
        verify: printsCached(keyProfile),
        times: [],
        rss: [],
      });
    }

    const refreshBox = await sandbox();
    const refreshProfile = await seedEmulatorProfile(refreshBox.env, emulator, 'acme', { store: 'file' });
    let refreshesBefore = 0;
    cases.push({
      name: 'authctl token, must refresh (file store)',
      args: [BIN, 'token'],
      env: refreshBox.env,
      prepare: async () => {
        await setAccessTokenExpiry(refreshBox.env, refreshProfile.profile, EXPIRED);
        refreshesBefore = refreshes(refreshProfile);
      },
      verify: async (o) => {
        const stored = await readCredential(refreshBox.env, refreshProfile.profile);
        if (refreshes(refreshProfile) !== refreshesBefore + 1 || o.stdout !== `${stored?.accessToken}\n`) {
          throw new Error('a refresh run did not make exactly one refresh and print the new token');
        }
      },
      times: [],
      rss: [],
    });

    if (redis) {
      // Issue 14: CI mode (one AUTHCTL_AUTH_URL), the job's own cache file against a new job
      // (no cache file) that finds the token in Redis on loopback.
      const exported = check(await runNode([BIN, 'export', '--profile', 'acme'], fileBox.env), 'export');
      const ciProfile = fileProfile;
      const ciJob = async (extra: NodeJS.ProcessEnv = {}) => {
        const sb = await sandbox({ AUTHCTL_AUTH_URL: exported.stdout.trim(), ...extra });
        sb.env.RUNNER_TEMP = join(sb.home, 'runner-temp');
        delete sb.env.AUTHCTL_CONFIG_DIR;
        return sb;
      };
      const shared = { AUTHCTL_CACHE_URL: `redis://127.0.0.1:${redisPort}`, AUTHCTL_CACHE_PASSWORD: REDIS_PASSWORD };
      const localJob = await ciJob();
      const newJob = await ciJob(shared);
      const cachedJob = await ciJob(shared);
      // The first run of each makes (or, through Redis, takes) the token its timed runs print.
      const shared1 = check(await runNode([BIN, 'token'], newJob.env), 'the refresh that fills Redis').stdout;
      const local1 = check(await runNode([BIN, 'token'], localJob.env), 'a first CI run').stdout;
      check(await runNode([BIN, 'token'], cachedJob.env), 'a first CI run with Redis');
      const settled = refreshes(ciProfile);
      const prints = (token: string) => (o: Outcome) => {
        if (o.stdout !== token) throw new Error('a CI run did not print the token it should');
        if (refreshes(ciProfile) !== settled) throw new Error('a cached CI run asked the emulator');
      };
      cases.push(
        { name: 'authctl token, CI mode, cached in the job', args: [BIN, 'token'], env: localJob.env, verify: prints(local1), times: [], rss: [] },
        {
          name: 'authctl token, CI mode, cached in the job, AUTHCTL_CACHE_URL set',
          args: [BIN, 'token'],
          env: cachedJob.env,
          verify: prints(shared1),
          times: [],
          rss: [],
        },
        {
          name: 'authctl token, CI mode, new job, token from Redis (loopback)',
          args: [BIN, 'token'],
          env: newJob.env,
          prepare: () => rm(join(newJob.env.RUNNER_TEMP!, 'authctl'), { recursive: true, force: true }),
          verify: prints(shared1),
          times: [],
          rss: [],
        },
      );
    }

    const total = WARMUP + RUNS;
    process.stderr.write(`timing ${cases.length} cases × ${RUNS} runs (+${WARMUP} warm-up), then memory…\n`);
    for (let i = 0; i < total; i++) {
      for (const c of cases) {
        await c.prepare?.();
        const o = check(await runNode(c.args, c.env), c.name);
        await c.verify?.(o);
        if (i >= WARMUP) c.times.push(o.ms);
      }
    }
    for (let i = 0; i < RUNS; i++) {
      for (const c of cases) {
        await c.prepare?.();
        const o = check(await runNode(c.args, c.env, probe), c.name);
        await c.verify?.(o);
        c.rss.push(o.maxRssKiB!);
      }
    }

    // The storm: 32 processes at once on an expired token, on a fresh profile.
    const stormBox = await sandbox();
    const stormProfile = await seedEmulatorProfile(stormBox.env, emulator, 'acme', { store: 'file' });
    const stormTimes: number[] = [];
    const stormRefreshes: number[] = [];
    const stormRss: number[] = [];
    process.stderr.write(`storm: ${STORM_ROUNDS} rounds of ${STORM_SIZE} parallel processes, then one round for memory…\n`);
    for (let round = 0; round <= STORM_ROUNDS; round++) {
      const withProbe = round === STORM_ROUNDS;
      await setAccessTokenExpiry(stormBox.env, stormProfile.profile, EXPIRED);
      const before = refreshes(stormProfile);
      const start = performance.now();
      const outcomes = await Promise.all(
        Array.from({ length: STORM_SIZE }, () => runNode([BIN, 'token'], stormBox.env, withProbe ? probe : undefined)),
      );
      const ms = performance.now() - start;
      outcomes.forEach((o) => check(o, 'a storm process'));
      if (new Set(outcomes.map((o) => o.stdout)).size !== 1) throw new Error('storm processes printed different tokens');
      if (withProbe) stormRss.push(...outcomes.map((o) => o.maxRssKiB!));
      else {
        stormTimes.push(ms);
        stormRefreshes.push(refreshes(stormProfile) - before);
      }
    }

    // ---- report ----
    const floor = median(cases[0]!.times);
    const mb = (kib: number) => `${(kib / 1024).toFixed(1)} MB`;
    const rows: string[][] = cases.map((c) => [
      c.name,
      String(c.times.length),
      `${median(c.times).toFixed(1)} ms`,
      `${p90(c.times).toFixed(1)} ms`,
      `${(median(c.times) / floor).toFixed(2)}×`,
      mb(median(c.rss)),
      mb(Math.max(...c.rss)),
    ]);
    rows.push([
      `${STORM_SIZE} × authctl token at once, expired (wall for all)`,
      String(stormTimes.length),
      `${median(stormTimes).toFixed(1)} ms`,
      `${p90(stormTimes).toFixed(1)} ms`,
      '-',
      mb(median(stormRss)),
      mb(Math.max(...stormRss)),
    ]);
    const header = ['case', 'runs', 'median', 'p90', 'vs node -e 0', 'peak RSS (median)', 'peak RSS (max)'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    const cpus = os.cpus();
    const out = [
      '',
      `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
      `         ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}, ${new Date().toISOString()}`,
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      `refresh requests the emulator saw per storm round: ${stormRefreshes.join(', ')} (one is right)`,
      ...(keyringProblem ? [`keychain case skipped: ${keyringProblem}`] : []),
      ...(redisProblem ? [`shared-cache cases skipped (redis-server): ${redisProblem}`] : []),
      '',
      'aims (issue 10): a cached authctl token within 1.2× of node -e 0, --version within 1.5×, peak RSS under 45 MB',
      ...cases
        .filter((c) => c.name.startsWith('authctl --version') || /^authctl token, (CI mode, )?cached/.test(c.name))
        .map((c) => {
          const ratio = median(c.times) / floor;
          const aim = c.name.startsWith('authctl --version') ? 1.5 : 1.2;
          const peak = Math.max(...c.rss) / 1024;
          return `  ${c.name}: ${ratio.toFixed(2)}× ${ratio <= aim ? 'meets' : 'misses'} the ${aim}× aim; ${peak.toFixed(1)} MB max ${peak < 45 ? 'meets' : 'misses'} the memory aim`;
        }),
      ...sharedCacheLine(cases),
      '',
      'method: wall time from spawn to exit, measured here; cases interleaved run by run, warm-up runs dropped.',
      `        children run without NODE_EXTRA_CA_CERTS${process.env.NODE_EXTRA_CA_CERTS ? ' (set here, removed for them)' : ''}.`,
      '        peak RSS from separate runs under `node --require <probe>` reporting process.resourceUsage().maxRSS',
      '        (getrusage ru_maxrss, as GNU time %M) at exit.',
      '',
    ];
    process.stdout.write(out.join('\n'));
  } finally {
    await Promise.all(sandboxes.map((s) => s.cleanup()));
    await keyring?.stop();
    redis?.kill();
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** Issue 14's comparison: a new CI job taking the token from Redis against a job's own cached token. */
function sharedCacheLine(cases: Case[]): string[] {
  const local = cases.find((c) => c.name === 'authctl token, CI mode, cached in the job');
  const redis = cases.find((c) => c.name.startsWith('authctl token, CI mode, new job'));
  if (!local || !redis) return [];
  const extra = median(redis.times) - median(local.times);
  return [`shared cache (issue 14): a new job's token from Redis takes ${(median(redis.times) / median(local.times)).toFixed(2)}× a job's cached one (+${extra.toFixed(1)} ms: the token command instead of the fast path, ioredis, a connection, one GET)`];
}

await main();
