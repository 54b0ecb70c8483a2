import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryEvent } from '../../src/events/event-input.js';
import { linkStoryline } from '../../src/events/storyline.js';
import { timelineText } from '../../src/events/timeline-text.js';

const events: StoryEvent[] = [
  { id: 'e3', date: '2023-05-24', title: 'Dockers return to work after pay deal', articleIds: ['c1'], entityIds: ['Marta Velsing', 'Harbour Board'], place: 'Port Avrin' },
  { id: 'e1', date: '2023-05-10', title: 'Dockers strike over pay', articleIds: ['a1', 'a2'], entityIds: ['Marta Velsing', 'Avrin Dockers Union'], place: 'Port Avrin' },
  { id: 'e2', date: '2023-05-10', title: 'Warehouse fire', articleIds: ['b1'], entityIds: ['Oren Halvy'], place: 'Keldon' },
];

describe('linkStoryline', () => {
  it('should order events by date', () => {
    assert.deepEqual(linkStoryline(events).events.map((e) => e.id), ['e1', 'e2', 'e3']);
  });

  it('should link an event to the earlier one it shares actors and topic with, and not to unrelated ones', () => {
    const { links } = linkStoryline(events);
    assert.equal(links.length, 1);
    assert.equal(links[0].from, 'e1');
    assert.equal(links[0].to, 'e3');
    assert.ok(links[0].shared.includes('Marta Velsing'));
  });

  it('should not link events further apart than the look-back', () => {
    assert.equal(linkStoryline(events, { maxGapDays: 7 }).links.length, 0);
  });
});

describe('timelineText', () => {
  it('should print date, title, place, article and outlet counts, actors and what an event follows', () => {
    const outlets = new Map([['a1', 'Coast Daily'], ['a2', 'Avrin Post'], ['b1', 'Avrin Post'], ['c1', 'Coast Daily']]);
    const text = timelineText(linkStoryline(events), { outlets });
    assert.match(text, /^Storyline: 3 events, 2023-05-10 to 2023-05-24/);
    assert.match(text, /2023-05-10 {2}Dockers strike over pay\n {12}Port Avrin · 2 articles, 2 outlets · Marta Velsing, Avrin Dockers Union/);
    assert.match(text, /follows 2023-05-10 "Dockers strike over pay" \(shared: Marta Velsing, Port Avrin\)/);
  });

  it('should say so when there are no events', () => {
    assert.equal(timelineText({ events: [], links: [] }), 'No events yet.\n');
  });
});
