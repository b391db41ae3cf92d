export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
  headers: Headers;
}

/** Talks to the API over HTTP, the way the web app and API clients do. */
export class GraphQLClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): GraphQLClient {
    return new GraphQLClient(this.baseUrl, this.token, { ...this.extraHeaders, ...headers });
  }

  async request<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
    const result = await this.request<T>(query, variables, headers);
    if (result.errors?.length) throw new Error(`Expected success, got: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail and returns its first error's code and message. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<{ code: string; message: string; extensions: Record<string, any> }> {
    const result = await this.request(query, variables);
    const error = result.errors?.[0];
    if (!error) throw new Error(`Expected an error, got data: ${JSON.stringify(result.data)}`);
    return { code: error.extensions?.code, message: error.message, extensions: error.extensions ?? {} };
  }
}
