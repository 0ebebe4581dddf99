import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from './query';

describe('parseQuery', () => {
  it('folds case and accents and marks the last word as a prefix while it is being typed', () => {
    expect(parseQuery('Café MALMÖ')).toMatchObject({ terms: ['cafe', 'malmo'], lastIsPrefix: true });
    expect(parseQuery('café malmö ')).toMatchObject({ terms: ['cafe', 'malmo'], lastIsPrefix: false });
  });

  it('reads phrases, whose words are required too, and a phrase left open while typing', () => {
    expect(parseQuery('"error budget" team')).toMatchObject({
      terms: ['error', 'budget', 'team'],
      phrases: ['error budget'],
      lastIsPrefix: true,
    });
    expect(parseQuery('"error budg')).toMatchObject({ terms: ['error', 'budg'], phrases: ['error budg'] });
    expect(parseQuery('"dashboards"')).toMatchObject({ terms: ['dashboards'], phrases: [], lastIsPrefix: false });
  });

  it('reads the filters, with or without the @ and with a quoted session title', () => {
    expect(parseQuery('from:@Ops_Jane has:tweet has:timestamp session:"platform days" cost')).toMatchObject({
      terms: ['cost'],
      from: ['ops_jane'],
      has: ['tweet', 'timestamp'],
      session: ['platform', 'days'],
      unknown: [],
    });
    expect(parseQuery('from:ops_jane').from).toEqual(['ops_jane']);
    expect(parseQuery('has:Image slides').has).toEqual(['image']);
  });

  it('names has: filters it does not know and treats other colons as words', () => {
    const query = parseQuery('has:video at 10:30 https://example.org');
    expect(query.unknown).toEqual(['has:video']);
    expect(query.terms).toEqual(['at', '10', '30', 'https', 'example', 'org']);
  });

  it('takes hostile text as plain words, never as a pattern', () => {
    expect(parseQuery('.*+?[( <b>x</b> \\')).toMatchObject({ terms: ['b', 'x', 'b'], unknown: [] });
    expect(() => parseQuery('"')).not.toThrow();
  });

  it('knows when a query asks for nothing', () => {
    expect(isEmptyQuery(parseQuery('  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('"" ?!'))).toBe(true);
    expect(isEmptyQuery(parseQuery('has:tweet'))).toBe(false);
  });
});
