// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ScreenCaptureAsk } from '../../../panel/screen-capture-ask';

afterEach(cleanup);

describe('asking to capture the screen', () => {
  it('asks for <all_urls> in the click, and says to press Snapshot again once allowed', async () => {
    const asked: string[] = [];
    render(<ScreenCaptureAsk requestHost={async (origin) => (asked.push(origin), true)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Allow screen capture' }));
    expect(asked).toEqual(['<all_urls>']);
    expect((await screen.findByRole('status')).textContent).toBe('Screen capture allowed: press Snapshot again.');
  });

  it('refused, says which ways capture the screen without it, and can ask again', async () => {
    let calls = 0;
    render(<ScreenCaptureAsk requestHost={async () => (calls++, false)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Allow screen capture' }));
    await screen.findByText(/^Not allowed: Alt\+Shift\+S or the toolbar button’s Snapshot/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow screen capture' }));
    expect(calls).toBe(2);
  });
});
