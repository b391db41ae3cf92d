// Which Chromium the browser tests drive: Debian's /usr/bin/chromium when it is there, else the
// headless Chromium inside the @sparticuz/chromium npm package (nothing is downloaded: it is
// unpacked from node_modules into the temporary folder, once). BRUG_BROWSER=system or
// BRUG_BROWSER=bundled chooses. Jest's global set-up prepares it once per run, before any test
// file, and every browser test reads the result from the environment (BRUG_TEST_CHROMIUM).
import Chromium from '@sparticuz/chromium';
import { createReadStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { extract } from 'tar-fs';

const require = createRequire(import.meta.url);

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// The same for both browsers; playwright adds its own (headless, no first run, ...).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const ENV_KEY = 'BRUG_TEST_CHROMIUM';

/** The shared libraries the bundled Chromium needs beyond the C library (NSS, NSPR, expat), which a bare system lacks. */
async function bundledLibraries(binDir) {
  const target = path.join(os.tmpdir(), 'brug-chromium-libs');
  if (existsSync(path.join(target, 'lib', 'libnss3.so'))) return path.join(target, 'lib');
  const partial = mkdtempSync(`${target}.partial-`);
  await pipeline(createReadStream(path.join(binDir, 'al2023.tar.br')), zlib.createBrotliDecompress(), extract(partial));
  try {
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(path.join(target, 'lib', 'libnss3.so'))) throw error;
  }
  return path.join(target, 'lib');
}

/** { name, executablePath, args, env } for playwright's chromium.launch. */
export async function prepareChromium(choice = process.env.BRUG_BROWSER) {
  if (choice && choice !== 'system' && choice !== 'bundled') throw new Error(`BRUG_BROWSER must be "system" or "bundled", got "${choice}"`);
  if (choice === 'system' || (!choice && existsSync(SYSTEM_CHROMIUM))) {
    if (!existsSync(SYSTEM_CHROMIUM))
      throw new Error(`BRUG_BROWSER=system, but there is no ${SYSTEM_CHROMIUM} (apt-get install chromium), or leave BRUG_BROWSER unset to use the bundled one`);
    return { name: 'system', executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS, env: {} };
  }
  // build/cjs/index.cjs -> bin/ (the package exports no other path).
  const binDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'bin');
  // Unpacks chromium, its fonts and its software GL into the temporary folder (kept for the next run).
  const executablePath = await Chromium.executablePath(binDir);
  const libraries = await bundledLibraries(binDir);
  return {
    name: 'bundled',
    executablePath,
    // One browser process per context is not needed: without --single-process (the package's
    // default, which crashes a second context) it runs like any Chromium.
    args: CHROMIUM_ARGS,
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts'),
    },
  };
}

/** For the global set-up: prepares the browser once and hands it to the test files. */
export async function prepareChromiumForTests() {
  process.env[ENV_KEY] = JSON.stringify(await prepareChromium());
}
