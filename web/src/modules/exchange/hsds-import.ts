/** The HSDS import of the API (`POST /hsds/import`, REST beside GraphQL; README "Open exchange"). */
export type ImportOutcome = 'new' | 'changed' | 'unchanged' | 'invalid';

export interface ImportRecordReport {
  type: 'organization' | 'location' | 'service';
  id: string | null;
  name: string | null;
  outcome: ImportOutcome;
  changes?: string[];
  errors?: { path: string; message: string }[];
}

export interface ImportReport {
  applied: boolean;
  counts: Record<ImportOutcome, number>;
  records: ImportRecordReport[];
}

/** A failed answer: Brug's error code, its message and its extensions (field, reason for BAD_USER_INPUT). */
export class ImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = { code },
  ) {
    super(message);
  }
}

/** What to import: a file's text, or an address the API reads itself (`?from=`). */
export type ImportSource = { fileText: string } | { address: string };

/** Sends the file (or the address) with the session cookie; a dry run unless `apply`. */
export async function importHsds(source: ImportSource, apply: boolean): Promise<ImportReport> {
  const query = new URLSearchParams();
  if ('address' in source) query.set('from', source.address);
  if (apply) query.set('apply', 'true');
  let response: Response;
  try {
    response = await fetch(`/hsds/import${query.size ? `?${query}` : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: 'fileText' in source ? source.fileText : undefined,
    });
  } catch {
    throw new ImportError('NETWORK', '');
  }
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | null;
  if (!response.ok) {
    const error = body?.errors?.[0];
    throw new ImportError(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error?.message ?? '', error?.extensions);
  }
  return body as ImportReport;
}
