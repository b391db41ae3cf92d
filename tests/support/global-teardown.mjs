export default async function globalTeardown() {
  const pg = globalThis.__BRUG_TEST_PG__;
  if (pg) await pg.stop();
}
