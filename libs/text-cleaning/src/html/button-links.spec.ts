import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

const PROSE = [
  'Our movers pack, load and carry your furniture with care, and every job is insured from the first box to the last one.',
  'We quote a fixed price after a short call, so the bill at the end of the day is the one you agreed to in the morning.',
  'Crews work weekends and evenings at no extra charge, which suits families who cannot take a day off work to move.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

function page(extra: string): string {
  return `<!DOCTYPE html><html><head><title>Moving help</title></head><body><main><h1>Moving help</h1><div class="content">${PROSE}${extra}</div></main></body></html>`;
}

describe('a link styled as a button', () => {
  it('is a call to action and goes from the chosen containers', () => {
    for (const cls of ['btn btn-primary', 'elementor-button elementor-button-link', 'Button_root__x1', 'hero-cta']) {
      const r = extractArticle(page(`<p><a class="${cls}" href="/quote">Get a free quote</a></p>`));
      assert.ok(!r.body.includes('Get a free quote'), `${cls}: ${r.body}`);
      assert.ok(r.body.includes('fixed price'), r.body);
    }
  });

  it('goes with a button role, unless it opens a panel (a disclosure trigger)', () => {
    const role = extractArticle(page(`<p><a role="button" href="/quote">Get a free quote today</a></p>`));
    assert.ok(!role.body.includes('Get a free quote'), role.body);
    const trigger = extractArticle(page(`<p><a role="button" aria-expanded="false" href="#faq">What does a move cost?</a></p>`));
    assert.ok(trigger.body.includes('What does a move cost?'), trigger.body);
  });

  it('stays when not named as a button, when its label is long, or when it holds a heading (a card)', () => {
    const plain = extractArticle(page(`<p><a class="link" href="/quote">Get a free quote</a></p>`));
    assert.ok(plain.body.includes('Get a free quote'), plain.body);
    const long = 'Read how a family of five moved across the country in two days';
    const longLink = extractArticle(page(`<p><a class="btn" href="/story">${long}</a></p>`));
    assert.ok(longLink.body.includes(long), longLink.body);
    const card = extractArticle(page(`<a class="card-button" href="/local"><h3>Local moves</h3></a>`));
    assert.ok(card.body.includes('Local moves'), card.body);
  });
});
