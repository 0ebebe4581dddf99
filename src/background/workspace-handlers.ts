/** The intents of pages that change the notes or the selection, routed to the owner (src/owner/intents.ts). */
import { ownerIntents } from '../owner/intents';
import { announcements } from './announce';
import { snapshot, theOwner } from './owner';

export const workspaceHandlers = ownerIntents(theOwner, snapshot, () => announcements.seq);
