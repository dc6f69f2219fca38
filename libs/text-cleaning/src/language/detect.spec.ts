import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, functionWordRow } from './detect.js';
import { PROFILES } from './latin-profiles.js';
import { detectScript } from './script.js';

const samples: Record<string, string[]> = {
  en: [
    'The organization has opened three new reception centres for people who were forced to leave their homes.',
    'Heavy rains are expected to continue over the weekend, and families living near the river have been asked to move to higher ground.',
  ],
  fr: [
    'Les autorités ont annoncé l’ouverture de trois nouveaux centres d’accueil pour les personnes déplacées.',
    'Des pluies abondantes sont attendues ce week-end et les familles qui vivent près du fleuve ont été invitées à se mettre à l’abri.',
  ],
  es: [
    'Las autoridades anunciaron la apertura de tres nuevos centros de acogida para las personas desplazadas.',
    '¿Cuántas familias siguen sin acceso al agua potable? Según el informe, más de la mitad de los hogares de la zona.',
  ],
  pt: [
    'As autoridades anunciaram a abertura de três novos centros de acolhimento para as pessoas deslocadas.',
    'A organização não governamental distribuiu alimentos e água às famílias que perderam as suas casas.',
  ],
  de: [
    'Die Behörden haben die Eröffnung von drei neuen Aufnahmezentren für vertriebene Menschen angekündigt.',
    'Starke Regenfälle werden auch am Wochenende erwartet, und die Familien am Fluss wurden gebeten, sich in Sicherheit zu bringen.',
  ],
  it: [
    'Le autorità hanno annunciato l’apertura di tre nuovi centri di accoglienza per le persone sfollate.',
    'Sono previste forti piogge anche nel fine settimana e le famiglie che vivono vicino al fiume sono state invitate a spostarsi.',
  ],
  nl: [
    'De autoriteiten hebben de opening aangekondigd van drie nieuwe opvangcentra voor ontheemde mensen.',
    'Er wordt ook in het weekend zware regen verwacht en de families die bij de rivier wonen is gevraagd om te vertrekken.',
  ],
  ar: ['أعلنت السلطات عن افتتاح ثلاثة مراكز استقبال جديدة للنازحين في المنطقة.'],
  ru: ['Власти объявили об открытии трёх новых центров для перемещённых лиц.'],
  uk: ['Влада оголосила про відкриття трьох нових центрів для внутрішньо переміщених осіб.'],
  zh: ['当局宣布为流离失所者开设三个新的接待中心。'],
  ja: ['当局は避難者のための新しい受け入れセンターを三つ開設すると発表しました。'],
  fa: ['مقامات از افتتاح سه مرکز پذیرش جدید برای آوارگان خبر دادند و گفتند که کمک‌ها ادامه پیدا می‌کند.'],
};

describe('detectLanguage', () => {
  for (const [language, texts] of Object.entries(samples)) {
    it(`detects ${language}`, () => {
      for (const text of texts) {
        const guess = detectLanguage(text);
        assert.equal(guess.language, language, text);
        assert.ok(guess.confidence > 0.5 && guess.confidence <= 1, `${guess.confidence}`);
      }
    });
  }

  it('returns und for empty, numeric or too short input', () => {
    for (const text of ['', '12 345 – 2020', 'OK']) assert.equal(detectLanguage(text).language, 'und', text);
  });

  it('returns und for a Latin-script language it does not know', () => {
    assert.equal(
      detectLanguage('Watu wengi wamekimbia makazi yao kwa sababu ya mafuriko makubwa katika eneo hilo la kaskazini mwa nchi hiyo.')
        .language,
      'und',
    );
  });

  it('is decided by the dominant language of a mixed text', () => {
    const text =
      'Le bureau de Genève a publié le rapport « Displacement and climate », qui montre que les déplacements augmentent dans toute la région.';
    assert.equal(detectLanguage(text).language, 'fr');
  });
});

describe('detectScript', () => {
  it('counts scripts only within its limit, and calls a text of Latin letters alone Latin', () => {
    const greek = 'Η Ύπατη Αρμοστεία ανακοίνωσε σήμερα νέα μέτρα';
    assert.deepEqual(detectScript(`Geneva ${greek}`, 4000), { kind: 'language', language: 'el' });
    assert.deepEqual(detectScript(`Geneva 12 ${greek}`, 10), { kind: 'latin' });
    assert.deepEqual(detectScript('Genève – 2024', 4000), { kind: 'latin' });
    assert.deepEqual(detectScript('12 – 2024 !', 4000), { kind: 'none' });
  });
});

describe('functionWordRow', () => {
  it('finds every function word where it stands, elided ones with either apostrophe, and nothing else', () => {
    for (const [word, row] of PROFILES.words) {
      const elided = word.endsWith("'");
      const bare = elided ? word.slice(0, -1) : word;
      for (const text of elided ? [`x ${bare}'y`, `x ${bare}’y`] : [`x ${bare} y`]) {
        assert.equal(functionWordRow(text, 2, 2 + bare.length, elided), row, text);
      }
      assert.equal(
        functionWordRow(`x ${bare}q y`, 2, 3 + bare.length, elided),
        PROFILES.words.get(`${bare}q${elided ? "'" : ''}`),
        `${bare}q`,
      );
      assert.equal(
        functionWordRow(`x ${bare} y`, 2, 2 + bare.length, !elided),
        PROFILES.words.get(elided ? bare : `${bare}'`),
        `${word} flipped`,
      );
    }
  });
});
