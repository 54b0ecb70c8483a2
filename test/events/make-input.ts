import type { EventInput } from '../../src/events/event-input.js';

/** An event input with sound defaults: a firmly dated article whose lead names its day. */
export function makeInput(id: string, fields: Partial<EventInput> & { text: string }): EventInput {
  const published = fields.published === undefined ? '2023-05-10' : fields.published;
  return {
    id,
    title: null,
    published,
    publishedConfidence: published ? 'high' : null,
    dateWarnings: [],
    eventDate: published,
    eventDateEvidence: published ? '"on Wednesday" in the lead' : null,
    dates: [],
    entities: [],
    quotes: [],
    ...fields,
  };
}
