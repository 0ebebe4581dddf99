// Opening the workspace for callers that are not a page with a user gesture of their own (e.g. a content script).
import type { Handlers } from './handlers';
import { currentWindowId, openWorkspace } from '../platform/workspace';

export const panelHandlers: Handlers<'panel/open'> = {
  'panel/open': async (request, sender) => {
    const windowId = request.windowId ?? sender.tab?.windowId ?? (await currentWindowId());
    return { ok: await openWorkspace(windowId) };
  },
};
