/**
 * The one HTTP client of the app: same-origin JSON, CSRF header on every unsafe request,
 * RFC 9457 problem+json turned into {@link ApiError}.
 */

export type FieldError = { field: string; message: string };

export type Problem = {
  type?: string;
  title: string;
  status: number;
  /** Always set: the server's detail, or a fallback sentence when the server sent none. */
  detail: string;
  instance?: string;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a `Retry-After` header (429, 503), when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The server's message for one form field, if it rejected that field. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

/** The message to show a person for any error that reached the UI. */
export function errorDetail(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

export type Page<T> = { items: T[]; page: number; size: number; total: number };

export type QueryParams = Record<string, string | number | boolean | undefined | null>;

type RequestOptions = {
  params?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value ? decodeURIComponent(value) : undefined;
    }
  }
  return undefined;
}

type CsrfToken = { headerName: string; token: string };

/** The token to send: the cookie's current value, asking the server for one when it is missing. */
async function csrfToken(): Promise<CsrfToken> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return { headerName: CSRF_HEADER, token: fromCookie };
  const issued = await send<CsrfToken>('GET', '/api/auth/csrf', {});
  // The endpoint also sets the cookie; prefer it, the body is the fallback.
  const cookieNow = readCookie(CSRF_COOKIE);
  if (cookieNow) return { headerName: CSRF_HEADER, token: cookieNow };
  return { headerName: issued?.headerName || CSRF_HEADER, token: issued?.token ?? '' };
}

function buildUrl(path: string, params?: QueryParams): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.round((date - Date.now()) / 1000));
}

function fallbackDetail(status: number): string {
  if (status === 401) return 'You are not signed in.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'Not found.';
  if (status === 429) return 'Too many requests. Try again later.';
  if (status >= 500) return `The server failed to answer (HTTP ${status}).`;
  return `The request failed (HTTP ${status}).`;
}

/** Reads an error response into a problem that always has a detail to show. */
export async function toProblem(response: Response): Promise<Problem> {
  const status = response.status;
  const title = response.statusText || `HTTP ${status}`;
  let text = '';
  try {
    text = await response.text();
  } catch {
    // body unreadable: keep the fallback
  }
  if (text) {
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object') {
        const raw = body as Record<string, unknown>;
        const errors = Array.isArray(raw.errors)
          ? raw.errors.filter(
              (e): e is FieldError =>
                !!e && typeof e === 'object' && typeof (e as FieldError).field === 'string',
            )
          : undefined;
        const detail =
          typeof raw.detail === 'string' && raw.detail
            ? raw.detail
            : typeof raw.message === 'string' && raw.message
              ? raw.message
              : typeof raw.title === 'string' && raw.title && raw.title !== title
                ? raw.title
                : fallbackDetail(status);
        return {
          type: typeof raw.type === 'string' ? raw.type : undefined,
          title: typeof raw.title === 'string' ? raw.title : title,
          status: typeof raw.status === 'number' ? raw.status : status,
          detail,
          instance: typeof raw.instance === 'string' ? raw.instance : undefined,
          errors: errors?.length ? errors : undefined,
        };
      }
    } catch {
      // not JSON (a proxy's HTML page, say): fall through
    }
  }
  return { title, status, detail: fallbackDetail(status) };
}

async function send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  const unsafe = !SAFE_METHODS.has(method);
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    // Keeps the server from answering 401 with a Basic challenge that pops a browser dialog.
    'X-Requested-With': 'XMLHttpRequest',
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let sentToken: string | undefined;
  if (unsafe) {
    const csrf = await csrfToken();
    sentToken = csrf.token;
    headers[csrf.headerName] = csrf.token;
  }

  const url = buildUrl(path, options.params);
  const init: RequestInit = {
    method,
    headers,
    credentials: 'same-origin',
    signal: options.signal,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  };
  let response = await fetch(url, init);

  // A 403 after which the cookie no longer holds the token we sent means the token went stale
  // (the session changed under us, e.g. a login in another tab): retry once with the fresh one.
  // A real "forbidden" leaves the cookie alone and is not retried.
  if (unsafe && response.status === 403 && readCookie(CSRF_COOKIE) !== sentToken) {
    const fresh = await csrfToken();
    if (fresh.token && fresh.token !== sentToken) {
      headers[fresh.headerName] = fresh.token;
      response = await fetch(url, { ...init, headers });
    }
  }

  if (!response.ok) {
    const problem = await toProblem(response);
    throw new ApiError(problem, parseRetryAfter(response.headers.get('Retry-After')));
  }
  if (response.status === 204 || response.status === 205) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** How much of an upload's body has been sent: 0…1, or null when the browser cannot tell. */
export type UploadProgressListener = (fraction: number | null) => void;

type UploadOptions = {
  params?: QueryParams;
  /**
   * The body's Content-Type. Leave it out for a FormData: the browser then sets
   * multipart/form-data with its boundary.
   */
  contentType?: string;
  /** Called as the body goes out; with 1 once every byte is sent and the server is working. */
  onProgress?: UploadProgressListener;
  signal?: AbortSignal;
};

type XhrAnswer = { response: Response; retryAfter: string | null };

function abortError(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError');
}

/** One XMLHttpRequest (fetch cannot report upload progress), answered as a fetch Response. */
function sendXhr(
  url: string,
  body: FormData | Blob,
  headers: Record<string, string>,
  { onProgress, signal }: UploadOptions,
): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      onProgress?.(event.lengthComputable && event.total > 0 ? Math.min(1, event.loaded / event.total) : null);
    xhr.upload.onload = () => onProgress?.(1);
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    xhr.onload = () => {
      done();
      const status = xhr.status;
      const noBody = status === 204 || status === 205 || status === 304;
      const response = new Response(noBody ? null : xhr.responseText, {
        status,
        statusText: xhr.statusText,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/octet-stream' },
      });
      resolve({ response, retryAfter: xhr.getResponseHeader('Retry-After') });
    };
    xhr.onerror = () => {
      done();
      reject(new Error('The upload failed: the server could not be reached.'));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      done();
      reject(abortError());
    };
    xhr.send(body);
  });
}

/**
 * POSTs a multipart form or a raw body (a File or a slice of one, sent as it is) and reports
 * how much of it has been sent. Like every other request it carries the CSRF header (retried
 * once with a fresh token when the old one went stale) and turns problem+json into an
 * {@link ApiError} with the server's detail.
 */
export async function uploadWithProgress<T>(
  path: string,
  body: FormData | Blob,
  options: UploadOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (options.contentType) headers['Content-Type'] = options.contentType;
  const csrf = await csrfToken();
  headers[csrf.headerName] = csrf.token;
  const url = buildUrl(path, options.params);

  let answer = await sendXhr(url, body, headers, options);
  if (answer.response.status === 403 && readCookie(CSRF_COOKIE) !== csrf.token) {
    const fresh = await csrfToken();
    if (fresh.token && fresh.token !== csrf.token) {
      headers[fresh.headerName] = fresh.token;
      options.onProgress?.(0);
      answer = await sendXhr(url, body, headers, options);
    }
  }

  const { response, retryAfter } = answer;
  if (!response.ok) throw new ApiError(await toProblem(response), parseRetryAfter(retryAfter));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options: Omit<RequestOptions, 'body'> = {}) => send<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('PUT', path, { ...options, body }),
  delete: <T = void>(path: string, options: RequestOptions = {}) => send<T>('DELETE', path, options),
};
