import { execFile } from 'node:child_process';
import path from 'node:path';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'api', 'src', 'main.js');

/**
 * Runs the built API (`node dist/api/src/main.js`, as `npm start` does) with only these settings
 * and waits for it to exit: for start-ups that must fail. Its exit code and what it wrote.
 */
export function startApiProcessExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN],
      {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'development',
          BRUG_DEMO: 'off',
          PORT: '0',
          BRUG_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}
