import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../clean-text.js';
import { notArticleReason, notTextReason } from './release-quality.js';
import { isSiteFurniture } from './site-furniture.js';

/** Deterministic bytes (a linear congruential generator), decoded as the folder fetcher does for non-UTF-8 input. */
function pseudoRandomLatin1(length: number, seed = 7): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode((state >> 16) & 0xff);
  }
  return text;
}

const verdict = (body: string): string | null => notTextReason(body) ?? notArticleReason(cleanText(body));

describe('notTextReason', () => {
  it('refuses binary and undecodable bodies, with the share in the reason', () => {
    assert.match(notTextReason(pseudoRandomLatin1(20_000)) ?? '', /^not-text: \d+\.\d% control characters \(binary content\)$/);
    assert.match(notTextReason('\uFFFD'.repeat(300) + 'abc '.repeat(200)) ?? '', /^not-text: .*undecodable/);
  });

  it('lets text through, including form feeds and tabs', () => {
    assert.equal(notTextReason('Page one\f\tPage two\r\nEnd\u000b'), null);
    assert.equal(notTextReason('<html><body><p>Bonjour à tous.</p></body></html>'), null);
  });
});

describe('notArticleReason', () => {
  it('refuses navigation-only pages in English, French and Spanish', () => {
    const pages = [
      '<html><head><title>© 2024 All rights reserved</title></head><body>' +
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/news">News</a></li></ul></nav>' +
        '<footer><p>© 2024 All rights reserved</p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></footer></body></html>',
      'Accueil | Qui sommes-nous | Actualités | Contact\nRechercher\n© 2024 OIM. Tous droits réservés.\nMentions légales · Politique de confidentialité',
      'Inicio\nQuiénes somos\nNoticias\nContacto\nSíguenos: Facebook | Twitter | YouTube\n© 2023 Todos los derechos reservados\nAviso legal',
      'Programmes | Regions | Donors | Our impact\nSkip to main content\nCopyright 2024 Relief Network',
    ];
    for (const page of pages)
      assert.match(verdict(page) ?? '', /^no-article-text: only site navigation or legal notices/, page.slice(0, 40));
  });

  it('names what the cleaned page held', () => {
    assert.equal(
      notArticleReason({ title: '© 2024 All rights reserved', body: 'Privacy policy | Terms of use', language: 'en' }),
      'no-article-text: only site navigation or legal notices (0 letters of other text): "© 2024 All rights reserved / Privacy policy | Terms of use"',
    );
  });

  it('refuses an encoded blob with no language', () => {
    const blob = Buffer.from(pseudoRandomLatin1(3000), 'latin1').toString('base64');
    assert.match(verdict(blob) ?? '', /^not-text: no language detected, and only 0% of the letters form words/);
  });

  it('refuses a body left empty, as before', () => {
    assert.equal(notArticleReason({ title: 'A headline', body: '', language: 'en' }), 'empty-body: no article text left after cleaning');
  });

  it('keeps real short releases, including one line of a field report and text in an unspaced script', () => {
    const short =
      'Geneva – IOM welcomes the decision of the Government to extend temporary protection to 4,000 families displaced by the floods.';
    assert.equal(verdict(short), null);
    assert.equal(verdict('Maw Ti Ngar Camp - Township: Sittwe (Rakhine, Myanmar) | Reporting Month, March 2017'), null);
    assert.equal(
      notArticleReason({ title: '商品の改造が商標法違反に', body: '※「iPhone」は、Apple Inc.の商標です。', language: 'und' }),
      null,
    );
    // furniture lines around a real paragraph do not hide it
    assert.equal(verdict(`Home | News\n\n${short}\n\n© 2024 IOM`), null);
  });
});

describe('isSiteFurniture', () => {
  it('knows menu lines, legal notices and share links, not sentences that mention them', () => {
    const furniture = [
      'Home',
      'About us | News | Contact',
      '© 2024 International Organization for Migration. All rights reserved.',
      'Tous droits réservés',
      'Partager • Imprimer',
      'Products / Solutions / Partners / Careers',
    ];
    for (const line of furniture) assert.equal(isSiteFurniture(line), true, line);
    for (const line of [
      'The home of 4,000 families was destroyed.',
      'News of the floods reached the capital on Monday.',
      'Contact the press office for interviews with field staff in the region.',
    ])
      assert.equal(isSiteFurniture(line), false, line);
  });
});
