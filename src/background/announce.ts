// This run of the background's announcements: every change it makes, numbered, to every open page, and to the
// search index, which follows the same changes.
import { announcer } from '../owner/changes';
import { broadcast } from '../messaging';
import { searchService } from './search';

export const announcements = announcer((announcement) => {
  searchService.apply(announcement.change);
  broadcast(announcement);
});
