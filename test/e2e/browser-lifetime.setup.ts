// Runs with every end-to-end test file: after its own afterAll hooks, whatever a file left open is closed or killed.
import { afterAll } from 'vitest';
import { closeLeftovers } from '../../support/browser-lifetime';

afterAll(async () => {
  const left = await closeLeftovers();
  if (left > 0) console.warn(`${left} browser(s) left open by this file were closed`);
}, 40_000);
