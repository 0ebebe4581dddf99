// A page's stylesheets are imported for their effect (`import './post-card.css'`): esbuild gathers every one a
// page's entry reaches into that page's main.css, and vitest loads them as empty modules.
declare module '*.css';
