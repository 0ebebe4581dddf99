/**
 * Mastodon instances the user enabled. Mastodon runs on thousands of domains, so Confnotes holds no blanket host
 * permission for it: each instance is one origin the user enabled from the popup, with that origin's optional host
 * permission and a content script registered for it under an id of its own. These are the pure rules: which pages
 * can be an instance, the permission and script id of one, and what to register or unregister so that the scripts
 * match what the user enabled and the browser still grants (checked again each time the background starts).
 */

/** Registered content scripts of ours that are Mastodon's start with this (one per origin). */
export const SCRIPT_PREFIX = 'mastodon-';
/** The content script file every instance runs. */
export const MASTODON_SCRIPT = 'content/mastodon.js';

/**
 * The origin of an instance's page (`https://mastodon.social`), or null for a page that cannot be one: Mastodon
 * serves its web interface over https on the default port (a match pattern cannot name a port in Firefox).
 */
export function instanceOrigin(url: string | undefined): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null; // no address: no instance
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || !parsed.hostname.includes('.')) return null;
  return parsed.origin;
}

/** The host shown to the user: `mastodon.social`. */
export const hostOf = (origin: string): string => new URL(origin).hostname;

/** The match pattern of an instance (its host permission, and where its content script runs). */
export const originPattern = (origin: string): string => `${origin}/*`;

/** The id of an instance's registered content script. */
export const scriptId = (origin: string): string => SCRIPT_PREFIX + hostOf(origin);

/** The instance a registered script id stands for, or null for one that is not ours. */
export function originOfScript(id: string): string | null {
  return id.startsWith(SCRIPT_PREFIX) ? instanceOrigin(`https://${id.slice(SCRIPT_PREFIX.length)}/`) : null;
}

export interface InstancePlan {
  /** Enabled and granted: what the options page lists. */
  enabled: string[];
  /** Origins whose script to register (enabled and granted, no script yet). */
  register: string[];
  /** Script ids to unregister (not enabled, or their permission is gone). */
  unregister: string[];
}

/**
 * What to do so that the registered scripts are exactly the enabled instances whose permission is still granted.
 * `enabled`: origins the user enabled (stored); `registered`: the script ids the browser has; `granted`: those of
 * the enabled origins whose host permission the browser still grants (`permissions.contains`). An instance whose
 * permission the user withdrew in the browser is dropped.
 */
export function planInstances(
  enabled: readonly string[],
  registered: readonly string[],
  granted: readonly string[],
): InstancePlan {
  const grantedSet = new Set(granted);
  const keep = [...new Set(enabled)].filter((origin) => grantedSet.has(origin)).sort();
  const wanted = new Set(keep.map(scriptId));
  const have = new Set(registered.filter((id) => id.startsWith(SCRIPT_PREFIX)));
  return {
    enabled: keep,
    register: keep.filter((origin) => !have.has(scriptId(origin))),
    unregister: [...have].filter((id) => !wanted.has(id)),
  };
}
