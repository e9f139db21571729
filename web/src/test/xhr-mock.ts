import { vi } from 'vitest';

/** An upload as the fake XMLHttpRequest saw it; the test drives its progress. */
export type RecordedUpload = {
  method: string;
  url: string;
  headers: Headers;
  /** What `send` got: a multipart form, or a File or slice sent as the raw body. */
  body: FormData | Blob;
  /** Fires an upload progress event: `loaded` of `total` bytes sent. */
  progress: (loaded: number, total: number) => void;
  /** Fires the upload's load event: every byte is sent, the server is working. */
  uploaded: () => void;
};

type Handler = (upload: RecordedUpload) => Response | Promise<Response>;

type Listener = ((event: ProgressEvent) => void) | null;

/**
 * Replaces `XMLHttpRequest` with a fake routed like {@link mockFetch} ("METHOD /path"). A
 * handler answers with a fetch `Response` (use `json`/`problem` from fetch-mock), possibly
 * later through a promise, and may report progress first; unrouted requests fail loudly.
 */
export function mockXhr(routes: Record<string, Handler>) {
  const uploads: RecordedUpload[] = [];

  class FakeXMLHttpRequest {
    status = 0;
    statusText = '';
    responseText = '';
    readyState = 0;
    upload: { onprogress: Listener; onload: Listener } = { onprogress: null, onload: null };
    onload: Listener = null;
    onerror: Listener = null;
    ontimeout: Listener = null;
    onabort: Listener = null;
    private method = 'GET';
    private url = '';
    private requestHeaders = new Headers();
    private responseHeaders = new Headers();
    private settled = false;
    private uploadDone = false;

    open(method: string, url: string) {
      this.method = method.toUpperCase();
      this.url = url;
      this.readyState = 1;
    }

    setRequestHeader(name: string, value: string) {
      this.requestHeaders.set(name, value);
    }

    getResponseHeader(name: string): string | null {
      return this.responseHeaders.get(name);
    }

    abort() {
      if (this.settled) return;
      this.settled = true;
      this.onabort?.(new ProgressEvent('abort'));
    }

    send(body: FormData | Blob) {
      const upload: RecordedUpload = {
        method: this.method,
        url: this.url,
        headers: this.requestHeaders,
        body,
        progress: (loaded, total) => {
          if (this.settled) return;
          this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
        },
        uploaded: () => {
          if (this.settled || this.uploadDone) return;
          this.uploadDone = true;
          this.upload.onload?.(new ProgressEvent('load'));
        },
      };
      uploads.push(upload);
      const path = new URL(this.url, 'http://localhost').pathname;
      const handler = routes[`${this.method} ${path}`];
      if (!handler) throw new Error(`unexpected upload ${this.method} ${this.url}`);
      void Promise.resolve()
        .then(() => handler(upload))
        .then(async (response) => {
          if (this.settled) return;
          upload.uploaded(); // a server answers once the body is in (or when it gives up on it)
          const text = await response.text();
          if (this.settled) return;
          this.settled = true;
          this.status = response.status;
          this.statusText = response.statusText;
          this.responseText = text;
          this.responseHeaders = response.headers;
          this.readyState = 4;
          this.onload?.(new ProgressEvent('load'));
        });
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return { uploads };
}

/** The upload's multipart form; fails the test when the body was sent raw. */
export function formOf(upload: RecordedUpload): FormData {
  if (!(upload.body instanceof FormData)) throw new Error(`expected a form, got ${String(upload.body)}`);
  return upload.body;
}

/** The upload's raw body; fails the test when it was a multipart form. */
export function blobOf(upload: RecordedUpload): Blob {
  if (!(upload.body instanceof Blob)) throw new Error(`expected a raw body, got ${String(upload.body)}`);
  return upload.body;
}

/** A promise with its resolve exposed, for answers the test releases later. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
