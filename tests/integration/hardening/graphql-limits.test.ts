import { startTestApi, TestApi } from '../../support/test-api';

/** What one GraphQL document may ask: enough for Brug's screens, not for a denial of service. */
describe('GraphQL request limits', () => {
  let api: TestApi;
  let production: TestApi;
  beforeAll(async () => {
    [api, production] = await Promise.all([startTestApi(), startTestApi({ config: { production: true } })]);
  });
  afterAll(() => Promise.all([api.close(), production.close()]));

  // Eight levels, as a web screen might: my organisations' services, their organisation's services and locations.
  const DEEP_REAL_QUERY = `query MyNetwork { me { memberships { organisation { services { organisation { services { locations { id name } name } name } name } name } role } email } }`;

  it('a real query with eight levels of nesting passes', async () => {
    const admin = await api.as('admin@boysproject.test');
    const { me } = await admin.ok(DEEP_REAL_QUERY);
    expect(me.memberships[0].organisation.services.length).toBeGreaterThan(0);
  });

  it('a query nested deeper than the limit is refused before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `organisation { services { ${selection} } }`;
    const result = await api.anonymous.request(`{ services { nodes { ${selection} } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/depth limit/i);
  });

  it('more aliases than the limit are refused', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await api.anonymous.request(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/aliases limit/i);
  });

  it('more directives than the limit are refused', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    const result = await api.anonymous.request(`{ me ${directives} { id } }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/directives limit/i);
  });

  it('a document with more tokens than the limit is refused without being parsed whole', async () => {
    const fields = Array.from({ length: 5000 }, () => '__typename').join(' ');
    const result = await api.anonymous.request(`{ ${fields} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0].message).toMatch(/4000 tokens/);
  });

  it('a query whose cost is over the limit is refused', async () => {
    const wide = 'id name description email phone website country city status createdAt updatedAt';
    let selection = wide;
    for (let i = 0; i < 3; i++) selection = `${wide} services { id name description organisation { ${selection} } }`;
    // 100 organisations, each with services with organisations with services...: cheap to write, costly to answer.
    const result = await api.anonymous.request(`{ organisations(first: 100) { nodes { ${selection} } } }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/cost limit/i);
  });

  it('batched requests (a JSON array of operations) are refused', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('a request body over 100 kB is answered 413 with a clear JSON error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { filler: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules/);
  });

  it('requests a browser could send cross-site without a preflight are refused (CSRF prevention)', async () => {
    const simpleGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(simpleGet.status).toBe(400);
    const formPost = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(formPost.status).toBe(400);
  });

  it('in production, introspection is off', async () => {
    const result = await production.anonymous.request(`{ __schema { types { name } } }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
    expect((await api.anonymous.request(`{ __schema { queryType { name } } }`)).data.__schema.queryType.name).toBe('Query');
  });

  it('in production, a mistyped field gets no "did you mean" that would spell out the schema', async () => {
    const dev = await api.anonymous.request(`{ me { emial } }`);
    expect(dev.errors?.[0].message).toMatch(/Did you mean/);
    const prod = await production.anonymous.request(`{ me { emial } }`);
    expect(prod.errors?.[0].message).not.toMatch(/Did you mean|email/);
  });

  it('no GraphQL sandbox or landing page is served', async () => {
    for (const server of [api, production]) {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/<html|sandbox|embeddable-explorer/i);
    }
  });
});

describe('malformed requests', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('a body that is not JSON gets a clear 400, with no stack or file paths', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at .+\.js:\d+|node_modules|SyntaxError/);
  });
});
