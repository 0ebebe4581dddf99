/**
 * Which browser this bundle was built for, and the words its users know, without any extension API: safe to
 * import from components that unit tests render in Node (where the build's __BROWSER__ is absent: Chrome).
 */
export const targetBrowser: 'chrome' | 'firefox' = typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';

/** What the browser itself calls the place the workspace docks: Chrome's "side panel", Firefox's "sidebar". */
export const workspaceName = targetBrowser === 'firefox' ? 'sidebar' : 'side panel';
