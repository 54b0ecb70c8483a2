import type { EventInput } from '../../src/events/event-input.js';
import { makeInput } from './make-input.js';

/**
 * A small invented story for the events tests: a dock strike reported by three outlets on one day, a fire the same
 * day elsewhere, a follow-up on the strike two weeks later, a repost of one strike report, and an undated write-up.
 */
export function strikeStory(): EventInput[] {
  return [
    makeInput('a1', {
      title: 'Dock workers at Port Avrin walk out over pay',
      outlet: 'Coast Daily',
      text: 'Dock workers at Port Avrin walked out on Wednesday in a dispute over pay, halting container traffic, the Avrin Dockers Union said. Union leader Marta Velsing said the strike would last until the Harbour Board of Avrin made a new pay offer. "We are not going back without a fair deal," Velsing said.',
    }),
    makeInput('a2', {
      title: 'Strike halts Port Avrin container terminal',
      outlet: 'Avrin Post',
      text: 'Container traffic at Port Avrin stopped on Wednesday as dock workers went on strike over pay. Marta Velsing of the Avrin Dockers Union told reporters the walkout was open-ended. The Harbour Board of Avrin called the strike unlawful.',
    }),
    makeInput('a3', {
      title: 'Port Avrin dockers strike; ships wait offshore',
      outlet: 'Radio Sel',
      text: 'Ships queued off Port Avrin on Wednesday after dockers began a strike over pay. "We are not going back without a fair deal," union leader Marta Velsing said outside the terminal gates.',
    }),
    makeInput('b1', {
      title: 'Fire destroys warehouse in Keldon',
      outlet: 'Avrin Post',
      text: 'A fire destroyed a textile warehouse in Keldon on Wednesday night, fire chief Oren Halvy said. No one was hurt. Firefighters from Keldon and Mirrow fought the blaze for six hours.',
    }),
    makeInput('c1', {
      title: 'Port Avrin dockers return to work after pay deal',
      outlet: 'Coast Daily',
      published: '2023-05-24',
      text: 'Dock workers at Port Avrin returned to work on Wednesday after the Harbour Board of Avrin agreed a pay rise of 6 percent, ending a two-week strike. Marta Velsing of the Avrin Dockers Union called the deal a victory.',
    }),
    makeInput('a4', {
      title: 'Dock workers at Port Avrin walk out over pay',
      outlet: 'Newsfeed 365',
      copyOf: 'a1',
      text: 'Dock workers at Port Avrin walked out on Wednesday in a dispute over pay, halting container traffic, the Avrin Dockers Union said.',
    }),
    makeInput('u1', {
      title: 'Avrin strike: dockers stop container traffic over pay',
      outlet: 'Blog',
      published: null,
      eventDate: null,
      text: 'Dockers stopped container traffic at Port Avrin on Wednesday in a strike over pay called by the Avrin Dockers Union. Marta Velsing said the walkout at the container terminal would go on until a fair pay offer came from the Harbour Board of Avrin.',
    }),
  ];
}
