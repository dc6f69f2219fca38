import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TransientFailure } from '@presswatch/kafka-messaging';
import { TemplateStore, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
import { learnTemplate } from '@presswatch/release-processing';
import { cleanText } from '@presswatch/text-cleaning';
import type { Logger } from '@presswatch/service-runtime';
import { SourceTemplates } from './source-templates.js';

const silent = { warn: () => undefined } as unknown as Logger;

/** A site whose every page opens with the same menu line that looks like prose. */
const page = (topic: string) =>
  [
    'Nous soutenons les communautés du monde entier depuis plus de cinquante ans avec nos partenaires.',
    `Nouvelles formations sur ${topic}`,
    `Mexique – Les équipes ont réuni cette semaine des agents de plusieurs institutions pour travailler sur ${topic} avec les autorités locales et les organisations de la société civile.`,
    'Les sessions se poursuivront le mois prochain dans trois autres villes de la région, selon le calendrier convenu avec les partenaires.',
  ].join('\n');

/** One batch of a source's releases, as the cleaner's handler learns them. */
const learn = (templates: SourceTemplates, source: string, topics: string[]) =>
  templates.learning([source], (templateOf) => topics.map((topic) => learnTemplate(templateOf(source), page(topic)).documents).at(-1));

describe('SourceTemplates', () => {
  let database: StateDatabase;
  before(async () => {
    database = await openStateDatabase('sqlite::memory:');
  });
  after(() => database.destroy());

  it('stores what a batch learned, so a new process continues from it', async () => {
    await learn(new SourceTemplates(new TemplateStore(database), silent), 'site', ['la traite', 'les frontières', 'la santé']);
    const second = new SourceTemplates(new TemplateStore(database), silent);
    const template = await second.learning(['site'], (templateOf) => learnTemplate(templateOf('site'), page('le retour')));
    assert.equal(template.documents, 4);
    const cleaned = cleanText(page('le retour'), { template });
    assert.doesNotMatch(cleaned.body, /cinquante ans/, 'the recurring menu line is removed thanks to the remembered template');
    assert.equal(cleaned.title, 'Nouvelles formations sur le retour');
  });

  it('keeps sources apart', async () => {
    assert.equal(await learn(new SourceTemplates(new TemplateStore(database), silent), 'another-site', ['la traite']), 1);
  });

  it('a replica whose copy went stale (the partition moved away and back) reloads instead of overwriting', async () => {
    const [first, second] = [
      new SourceTemplates(new TemplateStore(database), silent),
      new SourceTemplates(new TemplateStore(database), silent),
    ];
    assert.equal(await learn(first, 'moving', ['a', 'b']), 2);
    assert.equal(await learn(second, 'moving', ['c']), 3, 'the second replica continues from the stored template');
    await assert.rejects(learn(first, 'moving', ['d']), TransientFailure);
    assert.equal(await learn(first, 'moving', ['d']), 4, 'the retried batch starts from what the second replica stored');
  });

  it('keeps the 500 templates used last in memory; an older one is reloaded from the store when needed', async () => {
    const templates = new SourceTemplates(new TemplateStore(database), silent);
    assert.equal(await learn(templates, 'oldest', ['a', 'b']), 2);
    assert.equal(await learn(new SourceTemplates(new TemplateStore(database), silent), 'oldest', ['c']), 3, 'another replica moves it on');
    for (let start = 0; start < 500; start += 100) {
      const sources = Array.from({ length: 100 }, (_, n) => `many-${start + n}`);
      await templates.learning(sources, (templateOf) => sources.forEach((source) => learnTemplate(templateOf(source), page(source))));
    }
    // Still cached, the stale copy would meet a conflict; dropped, it is reloaded as the other replica left it.
    assert.equal(await learn(templates, 'oldest', ['d']), 4);
  });

  it('a batch that fails learns nothing: its retry starts from the stored template', async () => {
    const templates = new SourceTemplates(new TemplateStore(database), silent);
    assert.equal(await learn(templates, 'failing', ['a']), 1);
    await assert.rejects(
      templates.learning(['failing'], (templateOf) => {
        learnTemplate(templateOf('failing'), page('b'));
        throw new TransientFailure('a dependency failed mid-batch');
      }),
      TransientFailure,
    );
    assert.equal(await learn(templates, 'failing', ['b']), 2);
  });
});
