/**
 * Plain HTTP for the security, fuzz and fault tests, which need what test/helpers/server.ts's `gql`
 * hides: raw bodies, any method or header, the time each answer took, and bodies that are not JSON.
 */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: GraphQLBody | undefined;
  text: string;
  ms: number;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export async function send(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  let json: GraphQLBody | undefined;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text, ms: performance.now() - started };
}

/** POSTs a GraphQL request as JSON (a string body is sent as it is). */
export function postGraphQL(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return send(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const codesOf = (answer: HttpAnswer): string[] =>
  (answer.json?.errors ?? []).map((e) => String(e.extensions?.code));

/** Polls `probe` until it returns true; resolves with the time it took, rejects after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  { timeoutMs = 30_000, everyMs = 100 } = {},
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const readyStatus = async (baseUrl: string): Promise<number> =>
  (await fetch(`${baseUrl}/health/ready`)).status;
