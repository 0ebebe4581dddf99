// @vitest-environment jsdom
/**
 * "Import schedule" in the panel, over the real owner in-process: a file's preview with the day and room filters,
 * the import on confirm (only the filtered talks become sections), and a broken file refused in one line with
 * nothing written.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { fixture } from '../../../src/schedule/test-fixtures';
import { freshStore } from '../../../src/store/test-support';
import { localWorkspace } from '../../../src/ui/test-support';
import { WorkspaceView } from '../../../panel/workspace';

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});
configure({ asyncUtilTimeout: 5000 });

async function setup() {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'Demo', date: '', description: '', tags: [], categories: [] });
  const local = localWorkspace(store, { selection: { sessionId: session.id, sectionId: null }, context: null });
  render(<WorkspaceView deps={local.deps} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Import schedule' }));
  const dialog = screen.getByRole('region', { name: 'Import schedule' });
  const choose = (name: string, text: string) =>
    fireEvent.change(within(dialog).getByLabelText('Schedule file (.json, .xml, .ics)'), {
      target: { files: [new File([text], name)] },
    });
  return { store, session, dialog, choose };
}

test('a file is previewed, filtered by room and imported: only the talks of the ticked rooms become sections', async () => {
  const { store, session, dialog, choose } = await setup();
  choose('schedule.json', fixture('pretalx-v1.json'));
  const preview = await within(dialog).findByLabelText('What the import will change');
  await waitFor(() => expect(preview.textContent).toContain('New: 9'));
  expect(await store.listSections(session.id)).toEqual([]);

  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Saal 1' }));
  await waitFor(() => expect(preview.textContent).toContain('New: 5'));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
  await screen.findByText('Schedule imported: 5 new.');
  expect((await store.listSections(session.id)).map((s) => s.schedule?.room)).not.toContain('Saal 1');
  await screen.findByRole('heading', { name: 'Talk C' });
  expect(screen.getAllByText(/^Room 2 · Sat 28 Mar \d\d:\d\d/).length).toBeGreaterThan(0);
});

test('a broken file is refused in one line, and nothing is imported', async () => {
  const { store, session, dialog, choose } = await setup();
  choose('schedule.json', '{"schedule": ');
  const alert = await within(dialog).findByRole('alert');
  expect(alert.textContent).toMatch(/^Reading the schedule failed: The file is not valid JSON \(.+\)\.$/);
  expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
  expect(await store.listSections(session.id)).toEqual([]);
});
