import { describe, expect, test } from 'vitest';
import { hostOf, instanceOrigin, originOfScript, originPattern, planInstances, scriptId } from './instance';

describe('instanceOrigin', () => {
  test('an https page of a domain is an instance origin', () => {
    expect(instanceOrigin('https://mastodon.social/@gargron/1234')).toBe('https://mastodon.social');
    expect(instanceOrigin('https://Fosstodon.ORG/home')).toBe('https://fosstodon.org');
  });
  test('http, another port, a bare host name, a non-address are not', () => {
    for (const url of [
      'http://mastodon.social/',
      'https://mastodon.social:8443/',
      'https://localhost/',
      'nope',
      undefined,
    ]) {
      expect(instanceOrigin(url)).toBeNull();
    }
  });
});

test('the permission pattern, script id and host of an instance, and back from the id', () => {
  const origin = 'https://mastodon.social';
  expect(originPattern(origin)).toBe('https://mastodon.social/*');
  expect(scriptId(origin)).toBe('mastodon-mastodon.social');
  expect(hostOf(origin)).toBe('mastodon.social');
  expect(originOfScript(scriptId(origin))).toBe(origin);
  expect(originOfScript('other-script')).toBeNull();
});

describe('planInstances', () => {
  const a = 'https://a.example';
  const b = 'https://b.example';
  const c = 'https://c.example';

  test('registers an enabled, granted instance that has no script yet', () => {
    expect(planInstances([a], [], [a])).toEqual({ enabled: [a], register: [a], unregister: [] });
  });
  test('keeps what is in step', () => {
    expect(planInstances([a, b], [scriptId(a), scriptId(b)], [a, b])).toEqual({
      enabled: [a, b],
      register: [],
      unregister: [],
    });
  });
  test('drops an instance whose permission was withdrawn in the browser, and its script', () => {
    expect(planInstances([a, b], [scriptId(a), scriptId(b)], [a])).toEqual({
      enabled: [a],
      register: [],
      unregister: [scriptId(b)],
    });
  });
  test('unregisters a script of ours for an instance no longer enabled; leaves other scripts alone', () => {
    expect(planInstances([], [scriptId(c), 'youtube-extra'], [c])).toEqual({
      enabled: [],
      register: [],
      unregister: [scriptId(c)],
    });
  });
  test('a grant alone enables nothing: only what the user enabled is registered', () => {
    expect(planInstances([], [], [a])).toEqual({ enabled: [], register: [], unregister: [] });
  });
});
