import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventIndex } from '../../src/events/event-index.js';
import { clusterEvents, clusterEventsWithEstimates } from '../../src/events/cluster-events.js';
import type { StoryEvent } from '../../src/events/event-input.js';
import { strikeStory } from './fixtures.js';
import { makeInput } from './make-input.js';

function eventOf(events: StoryEvent[], articleId: string): StoryEvent {
  const e = events.find((x) => x.articleIds.includes(articleId));
  assert.ok(e, `no event holds ${articleId}`);
  return e;
}

describe('clusterEvents', () => {
  it('should group reports of one happening written independently by different outlets on one day', () => {
    const events = clusterEvents(strikeStory());
    const strike = eventOf(events, 'a1');
    for (const id of ['a2', 'a3']) assert.ok(strike.articleIds.includes(id), `${id} is not with a1`);
    assert.equal(strike.date, '2023-05-10');
  });

  it('should keep a different happening of the same day apart', () => {
    const events = clusterEvents(strikeStory());
    assert.notEqual(eventOf(events, 'b1').id, eventOf(events, 'a1').id);
  });

  it('should make a follow-up on the same topic two weeks later its own event', () => {
    const events = clusterEvents(strikeStory());
    const followUp = eventOf(events, 'c1');
    assert.notEqual(followUp.id, eventOf(events, 'a1').id);
    assert.equal(followUp.date, '2023-05-24');
  });

  it('should put a copy in its original\'s event', () => {
    const events = clusterEvents(strikeStory());
    assert.equal(eventOf(events, 'a4').id, eventOf(events, 'a1').id);
  });

  it('should group an undated article by its content and estimate its published date from its event, with a warning', () => {
    const { events, estimates } = clusterEventsWithEstimates(strikeStory());
    assert.equal(eventOf(events, 'u1').id, eventOf(events, 'a1').id);
    const estimate = estimates.find((e) => e.articleId === 'u1');
    assert.equal(estimate?.published, '2023-05-10');
    assert.match(estimate!.warning, /^Published estimated as 2023-05-10 from its event/);
  });

  it('should place an undated original by its dated copy, whichever comes first in the input', () => {
    // A write-up of the strike's end, undated, and a repost of it dated the day after the deal: by its words alone the
    // write-up could be a strike report; the repost's date says it is the later happening.
    const text =
      'The dock strike at Port Avrin over pay is over, the Avrin Dockers Union said. Marta Velsing said dockers walked out two weeks ago and would now go back to the container terminal.';
    const original = makeInput('u2', { title: 'Port Avrin dock strike over pay ends', published: null, eventDate: null, text });
    const copy = makeInput('u3', { title: 'Port Avrin dock strike over pay ends', published: '2023-05-25', eventDate: null, copyOf: 'u2', text });
    for (const order of [[original, copy], [copy, original]]) {
      const events = clusterEvents([...strikeStory(), ...order]);
      assert.equal(eventOf(events, 'u2').id, eventOf(events, 'u3').id);
      assert.notEqual(eventOf(events, 'u2').id, eventOf(events, 'a1').id);
    }
  });

  it('should give each event a short title, a place and actors', () => {
    const strike = eventOf(clusterEvents(strikeStory()), 'a1');
    assert.ok(strike.title.split(' ').length <= 12);
    assert.equal(strike.place, 'Port Avrin');
    assert.ok(strike.entityIds.includes('Marta Velsing'));
  });
});

describe('EventIndex', () => {
  it('should reach the same events adding articles in batches as in one rebuild', () => {
    const all = strikeStory();
    const index = new EventIndex();
    index.add(all.slice(0, 3));
    index.add(all.slice(3));
    const key = (events: StoryEvent[]) => events.map((e) => [...e.articleIds].sort().join(',')).sort();
    assert.deepEqual(key(index.events()), key(clusterEvents(all)));
  });

  it('should report the events a batch changed and where each new article went', () => {
    const index = new EventIndex();
    const all = strikeStory();
    index.add(all.slice(0, 2));
    const result = index.add([all[2]]);
    assert.equal(result.assigned.get('a3'), index.events().find((e) => e.articleIds.includes('a1'))!.id);
    assert.deepEqual(result.changed, [result.assigned.get('a3')]);
  });

  it('should skip articles it already holds', () => {
    const index = new EventIndex();
    index.add(strikeStory());
    const before = index.size;
    index.add(strikeStory());
    assert.equal(index.size, before);
  });

  it('should keep event ids stable as articles join', () => {
    const index = new EventIndex();
    const all = strikeStory();
    index.add([all[0]]);
    const id = index.events()[0].id;
    index.add([all[1], all[2]]);
    assert.equal(index.events().find((e) => e.articleIds.includes('a1'))!.id, id);
  });

  it('should merge two events when a later article links both well, and report the one merged away', () => {
    const index = new EventIndex();
    index.add([
      makeInput('x', { title: 'Floodwater closes Tarrow Bridge', text: 'Floodwater closed the Tarrow Bridge on Wednesday after the river burst its banks near the old mill.' }),
      makeInput('y', { title: 'Lorries diverted along Morrin Road', text: 'Lorries were diverted along the Morrin Road detour on Wednesday, adding an hour to journeys to the quarry.' }),
      makeInput('w', { title: 'Council budget approved', text: 'The council approved its budget for schools and libraries on Wednesday.' }),
    ]);
    assert.equal(index.events().length, 3);
    const result = index.add([
      makeInput('z', {
        title: 'Tarrow Bridge closed by floodwater; lorries diverted along Morrin Road',
        text: 'Floodwater closed the Tarrow Bridge on Wednesday after the river burst its banks near the old mill, and lorries were diverted along the Morrin Road detour, adding an hour to journeys to the quarry.',
      }),
    ]);
    const merged = index.events().find((e) => e.articleIds.includes('z'))!;
    assert.deepEqual([...merged.articleIds].sort(), ['x', 'y', 'z']);
    assert.equal(result.removed.length, 1);
    assert.ok(!index.events().some((e) => e.id === result.removed[0]));
  });
});
