// This run of the background's announcements: every change it makes, numbered, to every open page.
import { announcer } from '../owner/changes';
import { broadcast } from '../messaging';

export const announcements = announcer(broadcast);
