import { badInput } from '../../../common';

/** The largest file Brug reads from an address: the same limit as an upload. */
const MAX_BYTES = 5 * 1024 * 1024;
/** An HSDS API answers in pages; a social map of a few thousand listings needs a few dozen. */
const MAX_PAGES = 100;
const TIMEOUT_MS = 15_000;

/**
 * Reads an HSDS 3.0 file or HSDS API list from an address the administrator allowed
 * (BRUG_HSDS_IMPORT_HOSTS): without that list, a coordinator could make the server call any
 * host of its own network. Redirects are refused for the same reason. An API list is read page
 * by page into one `{ contents }`; an `/organizations` list asks for its services with
 * `full_service=true`, as the HSDS API reference names it.
 */
export async function fetchHsds(address: string, allowedHosts: readonly string[]): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw badInput('from', 'The address is not a web address (it should start with https://).', 'NOT_AN_ADDRESS');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('from', 'The address must start with https:// or http://.', 'NOT_AN_ADDRESS');
  if (!allowedHosts.includes(url.host) && !allowedHosts.includes(url.hostname)) {
    throw badInput(
      'from',
      `Brug may not read from ${url.hostname}: the system administrator lists the social maps Brug may read in BRUG_HSDS_IMPORT_HOSTS. You can also download the file and upload it.`,
      'HOST_NOT_ALLOWED',
      { host: url.hostname },
    );
  }
  if (/\/organizations\/?$/.test(url.pathname) && !url.searchParams.has('full_service')) url.searchParams.set('full_service', 'true');

  const deadline = AbortSignal.timeout(TIMEOUT_MS);
  const first = await readJson(url, deadline);
  if (!isPage(first)) return first;
  const contents = [...first.contents];
  const pages = Math.min(Number(first.total_pages) || 1, MAX_PAGES);
  for (let page = Number(first.page_number ?? 1) + 1; page <= pages; page++) {
    const next = new URL(url);
    next.searchParams.set('page', String(page));
    const answer = await readJson(next, deadline);
    if (!isPage(answer)) throw badInput('from', `Page ${page} of ${url.hostname} is not an HSDS list.`, 'NOT_HSDS', { host: url.hostname, page });
    contents.push(...answer.contents);
  }
  return { contents };
}

interface HsdsPage {
  contents: unknown[];
  // Numbers in a well-formed page; read through Number() since the page comes from elsewhere.
  page_number?: unknown;
  total_pages?: unknown;
}

const isPage = (value: unknown): value is HsdsPage => !!value && typeof value === 'object' && Array.isArray((value as HsdsPage).contents);

async function readJson(url: URL, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'manual', headers: { accept: 'application/json' } });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw badInput(
      'from',
      timedOut ? `${url.hostname} did not answer within ${TIMEOUT_MS / 1000} seconds.` : `Brug could not reach ${url.hostname}.`,
      timedOut ? 'TIMED_OUT' : 'UNREACHABLE',
      timedOut ? { host: url.hostname, seconds: TIMEOUT_MS / 1000 } : { host: url.hostname },
    );
  }
  if (response.status >= 300 && response.status < 400)
    throw badInput('from', `${url.hostname} sends Brug elsewhere (a redirect); give the final address.`, 'REDIRECT', { host: url.hostname });
  if (!response.ok)
    throw badInput('from', `${url.hostname} answered ${response.status}: there is no HSDS file at that address.`, 'NO_FILE', {
      host: url.hostname,
      status: response.status,
    });
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw badInput('from', 'The file at that address is too large (at most 5 MB).', 'FILE_TOO_LARGE', { megabytes: 5 });
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw badInput('from', 'The file at that address is too large (at most 5 MB).', 'FILE_TOO_LARGE', { megabytes: 5 });
    }
    chunks.push(part.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw badInput('from', `What ${url.hostname} answered is not JSON.`, 'NOT_JSON', { host: url.hostname });
  }
}
