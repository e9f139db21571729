import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import { blobOf, deferred, formOf, mockXhr } from '@/test/xhr-mock';
import { api, ApiError, errorDetail, uploadWithProgress } from './api-client';

function setCookie(value: string) {
  document.cookie = `XSRF-TOKEN=${value}; path=/`;
}

describe('api client: CSRF', () => {
  it('sends the cookie’s current value as X-XSRF-TOKEN on every unsafe request', async () => {
    const { requests } = mockFetch({ 'POST /api/things': () => json({}), 'DELETE /api/things/1': () => noContent() });
    setCookie('first');
    await api.post('/api/things', { a: 1 });
    setCookie('second'); // the server rotated it: the next request must not reuse the old one
    await api.delete('/api/things/1');

    expect(requests.map((r) => r.headers.get('X-XSRF-TOKEN'))).toEqual(['first', 'second']);
    expect(requests.every((r) => r.credentials === 'same-origin')).toBe(true);
  });

  it('sends no CSRF header on GET and does not ask for a token', async () => {
    const { requests } = mockFetch({ 'GET /api/me': () => json({ id: 'u' }) });
    await api.get('/api/me');
    expect(requests).toHaveLength(1);
    expect(requests[0].headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('fetches /api/auth/csrf first when the cookie is missing, then uses the cookie it set', async () => {
    const { requests } = mockFetch({
      'GET /api/auth/csrf': () => {
        setCookie('issued');
        return json({ headerName: 'X-XSRF-TOKEN', token: 'masked-body-token' });
      },
      'PATCH /api/me': () => json({ id: 'u' }),
    });
    await api.patch('/api/me', { displayName: 'Ada' });

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/auth/csrf', 'PATCH /api/me']);
    expect(requests[1].headers.get('X-XSRF-TOKEN')).toBe('issued');
    expect(requests[1].body).toEqual({ displayName: 'Ada' });
    expect(requests[1].headers.get('Content-Type')).toBe('application/json');
  });

  it('falls back to the token in the csrf body when no cookie appears', async () => {
    const { requests } = mockFetch({
      'GET /api/auth/csrf': () => json({ headerName: 'X-CSRF-TOKEN', token: 'from-body' }),
      'POST /api/auth/logout': () => noContent(),
    });
    await api.post('/api/auth/logout');
    expect(requests[1].headers.get('X-CSRF-TOKEN')).toBe('from-body');
  });

  it('retries once with a fresh token when the token went stale', async () => {
    let posts = 0;
    const { requests } = mockFetch({
      'POST /api/tokens': () => {
        posts += 1;
        if (posts === 1) {
          document.cookie = 'XSRF-TOKEN=; Max-Age=0; path=/'; // the server dropped the old token
          return problem(403, 'Invalid CSRF token');
        }
        return json({ id: 't' }, 201);
      },
      'GET /api/auth/csrf': () => {
        setCookie('fresh');
        return json({ headerName: 'X-XSRF-TOKEN', token: 'fresh' });
      },
    });
    setCookie('stale');
    await expect(api.post('/api/tokens', { name: 'ci' })).resolves.toEqual({ id: 't' });
    expect(requests.map((r) => r.headers.get('X-XSRF-TOKEN'))).toEqual(['stale', null, 'fresh']);
  });

  it('does not repeat a request that is simply forbidden', async () => {
    const { requests } = mockFetch({ 'DELETE /api/workspaces/w': () => problem(403, 'Only an owner can delete it') });
    setCookie('valid');
    await expect(api.delete('/api/workspaces/w')).rejects.toThrow('Only an owner can delete it');
    expect(requests).toHaveLength(1);
  });
});

describe('api client: problems and bodies', () => {
  it('turns problem+json into an ApiError carrying detail and field errors', async () => {
    mockFetch({
      'POST /api/me/password': () =>
        problem(400, 'The request has invalid fields', {
          errors: [{ field: 'newPassword', message: 'must be at least 8 characters' }],
        }),
    });
    setCookie('t');
    const error = await api.post('/api/me/password', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('The request has invalid fields');
    expect(apiError.fieldError('newPassword')).toBe('must be at least 8 characters');
    expect(apiError.fieldError('currentPassword')).toBeUndefined();
    expect(errorDetail(apiError)).toBe('The request has invalid fields');
  });

  it('gives a readable detail when the error body is not JSON', async () => {
    mockFetch({ 'GET /api/workspaces': () => new Response('<html>Bad gateway</html>', { status: 502 }) });
    const error = (await api.get('/api/workspaces').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.detail).toBe('The server failed to answer (HTTP 502).');
  });

  it('reads Retry-After on 429', async () => {
    mockFetch({
      'POST /api/auth/login': () => problem(429, 'Too many sign-in attempts', {}, { 'Retry-After': '42' }),
    });
    setCookie('t');
    const error = (await api.post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.problem.detail).toBe('Too many sign-in attempts');
  });

  it('returns undefined for 204 and the parsed body otherwise, with query parameters in the URL', async () => {
    const { requests } = mockFetch({
      'GET /api/audit': () => json({ items: [], page: 2, size: 20, total: 0 }),
      'DELETE /api/tokens/t1': () => noContent(),
    });
    setCookie('t');
    await expect(api.get('/api/audit', { params: { page: 2, size: 20, q: undefined } })).resolves.toEqual({
      items: [],
      page: 2,
      size: 20,
      total: 0,
    });
    await expect(api.delete('/api/tokens/t1')).resolves.toBeUndefined();
    expect(requests[0].url).toBe('/api/audit?page=2&size=20');
  });
});

describe('api client: uploads with progress', () => {
  const form = () => {
    const data = new FormData();
    data.append('file', new File(['a,b\n1,2\n'], 'sales.csv', { type: 'text/csv' }));
    return data;
  };

  const csv = () => new File(['a,b\n1,2\n'], 'sales 2025.csv', { type: 'text/csv' });

  it('sends the CSRF header and the form, reports progress, and returns the parsed body', async () => {
    setCookie('upload-token');
    const answer = deferred<Response>();
    const { uploads } = mockXhr({ 'POST /api/datasets': () => answer.promise });
    const seen: (number | null)[] = [];

    const result = uploadWithProgress('/api/datasets', form(), {
      params: { dryRun: undefined },
      onProgress: (fraction) => seen.push(fraction),
    });
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    uploads[0].progress(25, 100);
    uploads[0].progress(100, 100);
    uploads[0].uploaded();
    answer.resolve(json({ id: 'd-1' }, 201));

    await expect(result).resolves.toEqual({ id: 'd-1' });
    expect(seen).toEqual([0.25, 1, 1]);
    expect(uploads[0].url).toBe('/api/datasets');
    expect(uploads[0].headers.get('X-XSRF-TOKEN')).toBe('upload-token');
    expect(uploads[0].headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect((formOf(uploads[0]).get('file') as File).name).toBe('sales.csv');
    // the browser sets multipart/form-data with its boundary; a header set here would lose it
    expect(uploads[0].headers.has('Content-Type')).toBe(false);
  });

  it('sends a File as the raw body with the given content type and the rest as query parameters', async () => {
    setCookie('raw-token');
    const answer = deferred<Response>();
    const { uploads } = mockXhr({ 'POST /api/datasets': () => answer.promise });
    const seen: (number | null)[] = [];
    const file = csv();

    const result = uploadWithProgress('/api/datasets', file, {
      params: { fileName: file.name, workspaceId: 'w-1', name: '' },
      contentType: 'application/octet-stream',
      onProgress: (fraction) => seen.push(fraction),
    });
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    uploads[0].progress(3, 8);
    answer.resolve(json({ id: 'd-3' }, 201));

    await expect(result).resolves.toEqual({ id: 'd-3' });
    expect(seen).toEqual([0.375, 1]);
    expect(uploads[0].url).toBe('/api/datasets?fileName=sales+2025.csv&workspaceId=w-1');
    expect(uploads[0].headers.get('Content-Type')).toBe('application/octet-stream');
    expect(uploads[0].headers.get('X-XSRF-TOKEN')).toBe('raw-token');
    expect(blobOf(uploads[0])).toBe(file); // the file itself: no copy, no form encoding
  });

  it('turns problem+json into an ApiError with the server’s detail', async () => {
    setCookie('t');
    mockXhr({
      'POST /api/datasets/preview': () =>
        problem(400, "'x.csv': line 3 has 3 fields but the header has 2. Nothing was imported."),
    });
    const error = (await uploadWithProgress('/api/datasets/preview', form()).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem.detail).toBe("'x.csv': line 3 has 3 fields but the header has 2. Nothing was imported.");
  });

  it('asks for a token first when the cookie is missing, and retries once when it went stale', async () => {
    let tokenRequests = 0;
    mockFetch({
      'GET /api/auth/csrf': () => {
        tokenRequests += 1;
        setCookie(`issued-${tokenRequests}`);
        return json({ headerName: 'X-XSRF-TOKEN', token: 'body' });
      },
    });
    let posts = 0;
    const { uploads } = mockXhr({
      'POST /api/datasets': () => {
        posts += 1;
        if (posts === 1) {
          document.cookie = 'XSRF-TOKEN=; Max-Age=0; path=/';
          return problem(403, 'Invalid CSRF token');
        }
        return json({ id: 'd-2' }, 201);
      },
    });
    const file = csv();
    await expect(
      uploadWithProgress('/api/datasets', file, { contentType: 'application/octet-stream' }),
    ).resolves.toEqual({ id: 'd-2' });
    expect(uploads.map((u) => u.headers.get('X-XSRF-TOKEN'))).toEqual(['issued-1', 'issued-2']);
    // the retry sends the same bytes the same way
    expect(uploads.map((u) => u.headers.get('Content-Type'))).toEqual([
      'application/octet-stream',
      'application/octet-stream',
    ]);
    expect(uploads[0].body).toBe(file);
    expect(uploads[1].body).toBe(file);
  });

  it('stops when its signal aborts', async () => {
    setCookie('t');
    const never = deferred<Response>();
    const { uploads } = mockXhr({ 'POST /api/datasets': () => never.promise });
    const controller = new AbortController();
    const result = uploadWithProgress('/api/datasets', form(), { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    controller.abort();
    expect(((await result) as DOMException).name).toBe('AbortError');
  });
});
