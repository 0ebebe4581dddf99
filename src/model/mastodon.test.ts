import { describe, expect, it } from 'vitest';
import { mastodonEmbedUrl, mastodonProfileUrl } from './mastodon';

describe("Mastodon's rules", () => {
  it("gives a status's embed address from its page's, only for the instance's own account", () => {
    expect(mastodonEmbedUrl('https://mastodon.social/@bob/113562000000000001')).toBe(
      'https://mastodon.social/@bob/113562000000000001/embed',
    );
    expect(mastodonEmbedUrl('https://hachyderm.io/@bob@mastodon.social/113562000000000001')).toBeNull();
    expect(mastodonEmbedUrl('https://mastodon.social/@bob')).toBeNull();
    expect(mastodonEmbedUrl('http://mastodon.social/@bob/1')).toBeNull();
  });

  it('links an account on its own instance', () => {
    expect(mastodonProfileUrl('bob@mastodon.social')).toBe('https://mastodon.social/@bob');
    expect(mastodonProfileUrl('bob')).toBeNull();
    expect(mastodonProfileUrl('bob@evil/path')).toBeNull();
  });
});
