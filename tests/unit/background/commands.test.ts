import { COMMAND_REQUESTS, runCommand, type TabSender } from '../../../src/background/commands';
import type { Request } from '../../../src/messaging/protocol';
import manifest from '../../../manifest.json';

jest.mock('webextension-polyfill', () => ({ __esModule: true, default: { tabs: { query: async () => [{ id: 77 }] } } }));

test('every manifest command has a request, and only those', () => {
  expect(Object.keys(COMMAND_REQUESTS).sort()).toEqual(Object.keys(manifest.commands).sort());
});

test('each command sends its request to the given tab, or the active tab', async () => {
  const sent: Array<[number, Request]> = [];
  const sender: TabSender = async (tabId, request) => {
    sent.push([tabId, request]);
    return { ok: true, value: null as never };
  };
  await runCommand('add-note', 5, sender);
  await runCommand('next-claim', 5, sender);
  await runCommand('previous-claim', undefined, sender);
  await runCommand('toggle-highlights', 5, sender);
  expect(sent).toEqual([
    [5, { type: 'page/addNoteFromSelection' }],
    [5, { type: 'page/stepClaim', direction: 1 }],
    [77, { type: 'page/stepClaim', direction: -1 }],
    [5, { type: 'page/toggleHighlights' }],
  ]);
  await expect(runCommand('self-destruct', 5, sender)).resolves.toEqual({ ok: false, error: 'Unknown command "self-destruct".' });
});
