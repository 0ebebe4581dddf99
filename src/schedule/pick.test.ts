import { expect, it } from 'vitest';
import type { Talk } from './talk';
import { checkedChoice, pickInSlot } from './pick';

const talk = (talkId: string, startMin: number, endMin: number, room: string): Talk => ({
  talkId,
  title: talkId,
  speakers: [],
  room,
  start: startMin * 60_000,
  end: endMin * 60_000,
  timeZone: 'UTC',
  day: '1970-01-01',
  url: '',
  abstract: '',
  status: 'confirmed',
});
const talks = [talk('a1', 0, 30, 'A'), talk('b1', 10, 40, 'B'), talk('a2', 30, 60, 'A'), talk('b2', 45, 70, 'B')];

it('a pick replaces the picks of every talk overlapping it and keeps the others', () => {
  const first = pickInSlot({}, talks, 'a1');
  expect(first).toEqual({ picked: ['a1'], lastWritten: '' });
  const second = pickInSlot({ ...first, lastWritten: 'a1' }, talks, 'b2');
  expect(second.picked).toEqual(['a1', 'b2']);
  expect(pickInSlot(second, talks, 'b1').picked).toEqual(['b2', 'b1']);
  expect(pickInSlot(second, talks, 'a2').picked).toEqual(['a1', 'a2']);
  expect(pickInSlot(second, talks, 'a2').lastWritten).toBe('a1');
});

it('a stored choice is read back only in its shape', () => {
  expect(checkedChoice({ picked: ['x', 3, null], lastWritten: 'x' })).toEqual({ picked: ['x'], lastWritten: 'x' });
  expect(checkedChoice('junk')).toEqual({ picked: [], lastWritten: '' });
  expect(checkedChoice({ picked: Array.from({ length: 300 }, (_, i) => `t${i}`) }).picked).toHaveLength(200);
});
