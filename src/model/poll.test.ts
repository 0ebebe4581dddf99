import { describe, expect, it } from 'vitest';
import { pollFooter, pollOptionText } from './poll';

describe('a poll in words', () => {
  it('a choice with its percentage and votes; with a percentage only (X); before results, its label', () => {
    expect(pollOptionText({ label: 'Undo', percent: 80, votes: 1204 })).toBe('Undo: 80% (1,204 votes)');
    expect(pollOptionText({ label: 'Herring', percent: 0, votes: 1 })).toBe('Herring: 0% (1 vote)');
    expect(pollOptionText({ label: 'Yes', percent: 58.3 })).toBe('Yes: 58.3%');
    expect(pollOptionText({ label: 'Flags' })).toBe('Flags');
  });

  it('the count and the state as shown; an open poll with an end time says until when', () => {
    expect(pollFooter({ options: [], votes: '1,505 votes', status: 'Closed', closed: true })).toBe(
      '1,505 votes · Closed',
    );
    expect(pollFooter({ options: [], votes: '1,204 votes', status: 'Final results' })).toBe(
      '1,204 votes · Final results',
    );
    const open = {
      options: [],
      votes: '25 people',
      status: '2 days left',
      closed: false,
      ends: '2025-09-20T09:45:00.000Z',
    };
    expect(pollFooter(open)).toBe('25 people · open until September 20, 2025');
    expect(pollFooter({ ...open, ends: undefined })).toBe('25 people · 2 days left');
  });
});
