import net from 'node:net';
import { withCredentials } from '../../../api/src/db/data-source';
import { startApiProcessExpectingFailure } from '../../support/api-process';
import { createTestDatabase } from '../../support/test-api';

/** The one line a failed start writes: what failed, the likely cause, the setting that changes it. */
async function failedStart(env: Record<string, string>): Promise<string> {
  const { code, stderr } = await startApiProcessExpectingFailure(env);
  expect(code).toBe(1);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  const entry = JSON.parse(lines[0]) as { level: string; msg: string; stack?: string };
  expect(entry.level).toBe('error');
  expect(entry.stack).toBeUndefined();
  expect(entry.msg).not.toMatch(/undefined/);
  return entry.msg;
}

describe('a start that fails says why in one line and exits 1', () => {
  it('a DATABASE_URL where no PostgreSQL answers', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failedStart({ DATABASE_URL: `postgres://owner:secret@127.0.0.1:${port}/brug` })).toBe(
      `Brug could not start: Could not connect to the database at owner@127.0.0.1:${port}/brug (DATABASE_URL): connect ECONNREFUSED 127.0.0.1:${port}; is PostgreSQL running there and reachable?`,
    );
  });

  it('a PORT another program listens on', async () => {
    const url = await createTestDatabase('brug_template');
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const message = await failedStart({
        PORT: String(port),
        DATABASE_URL: url,
        DATABASE_APP_URL: withCredentials(url, 'brug_app', process.env.BRUG_TEST_APP_PASSWORD!),
      });
      expect(message).toBe(`Brug could not start: Port ${port} is already in use by another program (PORT): stop it, or set PORT to a free port.`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('a setting that is not a number', async () => {
    expect(await failedStart({ BRUG_DB_PORT: 'five' })).toBe('Brug could not start: BRUG_DB_PORT must be a whole number, got "five"');
  });
});
