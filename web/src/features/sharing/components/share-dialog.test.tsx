import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from '@/test/builders';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { aShare } from '@/test/share-builders';
import { ShareDialog } from './share-dialog';

const URL_ONCE = 'http://gridsight.test/s/gsp_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** A page with a Share button, so the dialog can be closed and opened again. */
function Opener() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open share
      </button>
      {open && <ShareDialog target={{ type: 'tab', id: 't1' }} title="Plant overview" onClose={() => setOpen(false)} />}
    </>
  );
}

function renderDialog() {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderWithQuery(<Opener />);
}

describe('share dialog', () => {
  it('createsAPasswordProtectedPublicLinkAndShowsItsUrlAndEmbedOnlyOnce', async () => {
    let shares = [] as ReturnType<typeof aShare>[];
    const { requests } = mockFetch({
      'GET /api/shares': () => json(page(shares)),
      'POST /api/shares': () => {
        shares = [aShare({ viewerMayChangeWindow: true, expiresAt: '2030-01-31T23:59:59Z' })];
        return json({ id: 's1', url: URL_ONCE, token: 'gsp_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }, 201);
      },
    });
    renderDialog();
    const dialog = await screen.findByRole('dialog', { name: 'Share “Plant overview”' });
    expect(await within(dialog).findByText('Not shared yet.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('Expires on (optional)'), { target: { value: '2030-01-31' } });
    await userEvent.type(within(dialog).getByLabelText('Password (optional)'), 's3cret pass');
    const mayChange = within(dialog).getByRole('checkbox', { name: 'Viewers may change the time window and filters' });
    expect(mayChange).not.toBeChecked();
    await userEvent.click(mayChange);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create public link' }));

    expect(await within(dialog).findByLabelText('Public link address')).toHaveValue(URL_ONCE);
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/shares');
    expect(post.body).toEqual({
      target: { type: 'tab', id: 't1' },
      to: { public: true, expiresAt: '2030-01-31T23:59:59Z', password: 's3cret pass', viewerMayChangeWindow: true },
    });
    expect(within(dialog).getByText(/token is shown only once/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Embed code')).toHaveValue(
      `<iframe src="${URL_ONCE}" width="800" height="450" frameborder="0"></iframe>`,
    );
    await userEvent.clear(within(dialog).getByLabelText('Width'));
    await userEvent.type(within(dialog).getByLabelText('Width'), '640');
    expect(within(dialog).getByLabelText('Embed code')).toHaveValue(
      `<iframe src="${URL_ONCE}" width="640" height="450" frameborder="0"></iframe>`,
    );
    // the list now holds the link, without its token
    const row = await within(dialog).findByRole('row', { name: /Public link/ });
    expect(row).toHaveTextContent('Yes');
    expect(row).not.toHaveTextContent('gsp_');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open share' }));
    const again = await screen.findByRole('dialog');
    await within(again).findByRole('row', { name: /Public link/ });
    expect(within(again).queryByLabelText('Public link address')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('gsp_abcdefghijklmnopqrstuvwxyz');
  });

  it('leavesOutWhatWasNotGiven', async () => {
    const { requests } = mockFetch({
      'GET /api/shares': () => json(page([])),
      'POST /api/shares': () => json({ id: 's2', url: URL_ONCE, token: 'gsp_x' }, 201),
    });
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create public link' }));
    await within(dialog).findByLabelText('Public link address');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      target: { type: 'tab', id: 't1' },
      to: { public: true, viewerMayChangeWindow: false },
    });
  });

  it('sharesWithAPersonAndShowsTheServersReasonWhenRefused', async () => {
    let answer = problem(400, 'Nobody has an account with the email bob@example.com.');
    const { requests } = mockFetch({
      'GET /api/shares': () => json(page([])),
      'POST /api/shares': () => answer,
    });
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'bob@example.com');
    await userEvent.selectOptions(within(dialog).getByLabelText('Permission'), 'edit');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Nobody has an account with the email bob@example.com.');

    answer = json({ id: 's3', url: 'http://gridsight.test/share/tab/t1', token: null }, 201);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await within(dialog).findByText('Shared with bob@example.com.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').at(-1)!.body).toEqual({
      target: { type: 'tab', id: 't1' },
      to: { email: 'bob@example.com', permission: 'edit' },
    });
  });

  it('listsTheTargetsSharesAndRevokesOneInOneClick', async () => {
    let shares = [
      aShare(),
      aShare({ id: 's2', kind: 'user', grantee: { id: 'u-2', email: 'bob@example.com' }, permission: 'edit', accessCount: 0, lastAccessAt: null }),
    ];
    const { requests } = mockFetch({
      'GET /api/shares': () => json(page(shares)),
      'DELETE /api/shares/s1': () => {
        shares = shares.filter((s) => s.id !== 's1');
        return noContent();
      },
    });
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    const bob = await within(dialog).findByRole('row', { name: /bob@example.com/ });
    expect(bob).toHaveTextContent('Can edit');
    expect(bob).toHaveTextContent('Never');
    expect(requests[0]!.url).toBe('/api/shares?target=tab%3At1&page=0&size=50');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke Public link' }));
    await waitFor(() => expect(within(dialog).queryByRole('row', { name: /Public link/ })).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'DELETE' && r.url === '/api/shares/s1')).toBe(true);
    expect(within(dialog).getByRole('row', { name: /bob@example.com/ })).toBeInTheDocument();
  });
});
