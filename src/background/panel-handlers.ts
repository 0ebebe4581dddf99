// Opening the workspace (side panel in Chrome, sidebar in Firefox). Filled in by the foundation pages work.
import type { Handlers } from './handlers';

const notYet = async (): Promise<never> => { throw new Error('not built yet'); };
export const panelHandlers: Handlers<'panel/open'> = { 'panel/open': notYet };
