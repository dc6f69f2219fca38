import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TemplateStore, openStateDatabase, type StateDatabase } from '@presswatch/pipeline-state';
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

describe('SourceTemplates', () => {
  let database: StateDatabase;
  before(async () => {
    database = await openStateDatabase('sqlite::memory:');
  });
  after(() => database.destroy());

  it('remembers a source template across restarts', async () => {
    const first = new SourceTemplates(new TemplateStore(database), silent);
    for (const topic of ['la traite', 'les frontières', 'la santé']) await first.learn('site', page(topic));
    await first.onApplicationShutdown();

    // A new process: the template comes back from the database, with the documents seen before.
    const second = new SourceTemplates(new TemplateStore(database), silent);
    const template = await second.learn('site', page('le retour'));
    await second.onApplicationShutdown();
    assert.equal(template.documents, 4);
    const cleaned = cleanText(page('le retour'), { template });
    assert.doesNotMatch(cleaned.body, /cinquante ans/, 'the recurring menu line is removed thanks to the remembered template');
    assert.equal(cleaned.title, 'Nouvelles formations sur le retour');
  });

  it('keeps sources apart', async () => {
    const templates = new SourceTemplates(new TemplateStore(database), silent);
    const other = await templates.learn('another-site', page('la traite'));
    await templates.onApplicationShutdown();
    assert.equal(other.documents, 1);
  });
});
