import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimatePublished, eventDay, type Member } from '../../src/events/event-summary.js';
import { eventTitle } from '../../src/events/event-title.js';
import { dayNumber } from '../../src/events/features.js';

function member(id: string, fields: Partial<Member>): Member {
  return { id, trust: 'firm', day: null, ownDay: null, leadWeekday: null, title: '', actors: [], places: [], ...fields };
}

describe('eventDay', () => {
  it('should take the day most firmly dated members name', () => {
    const day = eventDay([
      member('a', { day: dayNumber('2023-05-10') }),
      member('b', { day: dayNumber('2023-05-10') }),
      member('c', { day: dayNumber('2023-05-11') }),
    ]);
    assert.equal(day, '2023-05-10');
  });

  it('should move back from a publication day to the weekday an undated member names', () => {
    // 2023-05-16 is a Tuesday; "on Saturday" before it is 2023-05-13.
    const day = eventDay([member('a', { trust: 'upper', day: dayNumber('2023-05-16') }), member('b', { trust: 'none', leadWeekday: 6 })]);
    assert.equal(day, '2023-05-13');
  });

  it('should fall back to the members\' own unreliable days', () => {
    assert.equal(eventDay([member('a', { trust: 'none', ownDay: dayNumber('2023-05-09') })]), '2023-05-09');
    assert.equal(eventDay([member('a', { trust: 'none' })]), null);
  });
});

describe('estimatePublished', () => {
  const event = { id: 'ev-1', date: '2023-05-10', title: 'Dockers strike', articleIds: ['a', 'b'] };

  it('should give an undated article its event\'s day, with a warning that says so', () => {
    const e = estimatePublished(member('a', { trust: 'none' }), event, null);
    assert.equal(e?.published, '2023-05-10');
    assert.equal(e?.warning, 'Published estimated as 2023-05-10 from its event "Dockers strike" (2023-05-10, 1 other article).');
  });

  it('should keep an article\'s own date when it falls in the week after its event', () => {
    assert.equal(estimatePublished(member('a', { trust: 'none' }), event, '2023-05-12')?.published, '2023-05-12');
    assert.equal(estimatePublished(member('a', { trust: 'none' }), event, '2024-05-12')?.published, '2023-05-10');
  });
});

describe('eventTitle', () => {
  it('should drop a shouted opener and a second clause', () => {
    assert.equal(eventTitle('SHOCKING: Dockers walk out; ships wait offshore'), 'Dockers walk out');
  });

  it('should drop a dateline from a lead used as a title', () => {
    assert.equal(eventTitle('PORT AVRIN, May 10 (CNA) — Dockers walked out'), 'Dockers walked out');
  });

  it('should keep what follows a quote-led feature title', () => {
    assert.equal(eventTitle('“Not without a deal”: the day the port stopped'), 'The day the port stopped');
  });

  it('should cut a long headline to twelve words', () => {
    assert.equal(eventTitle('one two three four five six seven eight nine ten eleven twelve thirteen').split(' ').length, 12);
  });
});
