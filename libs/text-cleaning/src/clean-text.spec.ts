import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.js';

// A French page dump: menu first (short entries, bullets, lone "-", repeated entries, headings
// glued to their description), then the release.
const frenchDump = [
  '-',
  'Accueil',
  'Accueil',
  'À propos',
  'À proposNotre agence aide depuis 1970 les communautés touchées par les crises et travaille aujourd’hui dans plus de 80 pays.',
  'Régions',
  'Régions',
  '- Afrique de l’Ouest',
  '- Amériques',
  '- Asie et Pacifique',
  '-',
  'Médias',
  'MédiasRetrouvez nos communiqués, nos photos et nos vidéos pour suivre les opérations sur le terrain.',
  '- Communiqués',
  '- Photothèque',
  'Des pluies torrentielles déplacent des milliers de familles au Bénin',
  'Cotonou – Plus de 12 000 familles ont dû quitter leur domicile cette semaine après des pluies d’une ' +
    'intensité inédite dans le sud du Bénin, selon les premières évaluations menées avec les autorités locales.',
  'Les équipes distribuent des bâches, des kits d’hygiène et de l’eau potable dans les communes les plus touchées. « La priorité ' +
    'est de mettre les familles à l’abri avant la prochaine vague de pluies », a déclaré la coordinatrice des opérations.',
  'Un appel de fonds de 3,5 millions de dollars sera lancé dans les prochains jours pour couvrir les besoins des trois prochains mois.',
  'Pour plus d’informations, veuillez contacter Awa Traoré, Agence Cotonou, Tél : +229 21 30 45 67, ' +
    'Courriel : atraore@example.org ou Marc Dubois, Tél. : +41 22 555 01 23, Courriel : mdubois@example.org',
].join('\n');

// An English dump hard-wrapped at ~60 columns, with a contact block one field per line.
const englishDump = [
  'Home',
  'News',
  'Press releases',
  'Mobile clinics reach remote villages after the landslides',
  'Port Moresby - Two mobile clinics started visiting the',
  'mountain villages cut off by last month’s landslides, the',
  'agency said on Tuesday, bringing basic care to more than',
  'nine thousand people cut off from health care.',
  'The teams include a doctor, two nurses and a midwife, and',
  'they carry vaccines, medicines and water purification',
  'tablets for six weeks.',
  'Road repairs are expected to take at least three months,',
  'and the clinics will operate until the health centres can',
  'be reached again by car.',
  'For more information, please contact:',
  'Helen Moss, IOM Port Moresby',
  'Tel: +675 321 0000',
  'Email: hmoss@example.org',
  'Share this page',
  'Print',
].join('\n');

const spanishDump = [
  'Inicio',
  'Inicio',
  'Sala de prensa',
  'Sala de prensaNoticias, comunicados y recursos para periodistas sobre nuestras actividades en la región y en el mundo.',
  '- Comunicados',
  'Nuevo centro de atención para personas migrantes en la frontera sur',
  'Tapachula, Chiapas — La organización inauguró este lunes un centro de atención que ofrecerá orientación ' +
    'jurídica, atención psicosocial y alojamiento temporal a personas migrantes en situación de vulnerabilidad.',
  'El centro tiene capacidad para 150 personas y funcionará en coordinación con las autoridades locales y ' +
    'con organizaciones de la sociedad civil. Se espera atender a más de 3 000 personas durante el primer año.',
  'Para más información, contacte a Lucía Herrera, OIM México, Tel: +52 55 5536 3922 ext. 110, Correo: lherrera@example.org y Pablo Ortiz, Cel: +52 962 555 1234, Correo: portiz@example.org',
].join('\n');

describe('cleanText on text dumps', () => {
  it('cleans a French release: navigation, title, dateline, body, contacts', () => {
    const r = cleanText(frenchDump);
    assert.equal(r.title, 'Des pluies torrentielles déplacent des milliers de familles au Bénin');
    assert.equal(r.dateline, 'Cotonou');
    assert.equal(r.language, 'fr');
    assert.deepEqual(r.warnings, []);
    assert.equal(r.removedLines, 15);
    const paragraphs = r.body.split('\n\n');
    assert.equal(paragraphs.length, 3);
    assert.ok(paragraphs[0]?.startsWith('Plus de 12 000 familles'));
    assert.doesNotMatch(r.body, /Accueil|Régions|Notre agence|Pour plus d’informations|atraore/);
    assert.deepEqual(r.contacts, [
      { name: 'Awa Traoré', office: 'Agence Cotonou', email: 'atraore@example.org', phones: ['+229 21 30 45 67'] },
      { name: 'Marc Dubois', office: null, email: 'mdubois@example.org', phones: ['+41 22 555 01 23'] },
    ]);
  });

  it('cleans a hard-wrapped English release with a multiline contact block', () => {
    const r = cleanText(englishDump);
    assert.equal(r.title, 'Mobile clinics reach remote villages after the landslides');
    assert.equal(r.dateline, 'Port Moresby');
    assert.equal(r.language, 'en');
    // 3 menu lines before the headline, 2 footer lines after the contact block.
    assert.equal(r.removedLines, 5);
    assert.deepEqual(r.body.split('\n\n'), [
      'Two mobile clinics started visiting the mountain villages cut off by last month’s landslides, the ' +
        'agency said on Tuesday, bringing basic care to more than nine thousand people cut off from health care.',
      'The teams include a doctor, two nurses and a midwife, and they carry vaccines, medicines and water purification tablets for six weeks.',
      'Road repairs are expected to take at least three months, and the clinics will operate until the health centres can be reached again by car.',
    ]);
    assert.deepEqual(r.contacts, [
      { name: 'Helen Moss', office: 'IOM Port Moresby', email: 'hmoss@example.org', phones: ['+675 321 0000'] },
    ]);
    assert.deepEqual(r.warnings, []);
  });

  it('cleans a Spanish release with an em-dash dateline', () => {
    const r = cleanText(spanishDump);
    assert.equal(r.title, 'Nuevo centro de atención para personas migrantes en la frontera sur');
    assert.equal(r.dateline, 'Tapachula, Chiapas');
    assert.equal(r.language, 'es');
    assert.ok(r.body.startsWith('La organización inauguró este lunes'));
    assert.equal(r.body.split('\n\n').length, 2);
    assert.deepEqual(
      r.contacts.map((c) => c.name),
      ['Lucía Herrera', 'Pablo Ortiz'],
    );
    assert.deepEqual(r.contacts[0]?.phones, ['+52 55 5536 3922 ext. 110']);
    assert.equal(r.contacts[0]?.office, 'OIM México');
  });

  it('repairs the text before cleaning it', () => {
    const withDamage = frenchDump.replace('des bâches', 'des bâches, mis en uvre avec &eacute;quit&eacute;');
    const r = cleanText(new TextDecoder('windows-1252').decode(new TextEncoder().encode(withDamage)));
    assert.equal(r.title, 'Des pluies torrentielles déplacent des milliers de familles au Bénin');
    assert.match(r.body, /mis en œuvre avec équité/);
  });

  it('warns about a short body and a missing title', () => {
    const r = cleanText('Genève – Une courte note de deux phrases seulement. Rien de plus à signaler.');
    assert.deepEqual(r.warnings, ['short-body', 'no-title']);
    assert.equal(r.dateline, 'Genève');
    const empty = cleanText('');
    assert.deepEqual(empty.warnings, ['empty-body', 'no-title', 'language-undetermined']);
    assert.equal(empty.body, '');
  });

  it('keeps a short headline that looks like a menu entry when prose follows', () => {
    const body =
      'Niamey – ' + 'Les équipes sont mobilisées pour aider les familles sinistrées dans la capitale et les régions voisines. '.repeat(3);
    const r = cleanText(['Accueil', 'Actualités', 'Inondations au Niger', body].join('\n'));
    assert.equal(r.title, 'Inondations au Niger');
    assert.equal(r.removedLines, 2);
  });

  it('splits a flattened "Headline **standfirst**" first line into title and body', () => {
    const text = [
      'Inondations au Tchad : 3 000 familles relogées **Les autorités et leurs partenaires ont ouvert quatre sites temporaires.**',
      '',
      'N’Djamena – Les pluies de la semaine dernière ont détruit plus de 2 000 maisons dans le sud du pays, selon les autorités locales.',
    ].join('\n');
    const r = cleanText(text);
    assert.equal(r.title, 'Inondations au Tchad : 3 000 familles relogées');
    assert.ok(r.body.startsWith('**Les autorités et leurs partenaires'));
    assert.ok(r.body.includes('Les pluies de la semaine dernière'));
  });

  it('cuts a contact block whose intro is wrapped in bold', () => {
    const text = [
      'Mobile clinics reach remote villages',
      '',
      'Port Moresby – Two mobile clinics started visiting the mountain villages cut off by last month’s landslides this week.',
      '',
      '**For more information please contact:**',
      '',
      '- Helen Moss, Port Moresby, Tel. +675 321 0000',
      '',
      '- Tom Berg, Geneva, Tel. +41 22 555 01 23',
    ].join('\n');
    const r = cleanText(text);
    assert.ok(!r.body.includes('Helen Moss'));
    assert.ok(!r.body.includes('For more information'));
    assert.equal(r.contacts.length >= 1, true);
  });

  it('splits a headline glued to the body (a flattened feed) into title and body, once', () => {
    const r = cleanText(
      'Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger Le HCR, l’Agence des Nations Unies pour ' +
        'les réfugiés, a évacué lundi 74 réfugiés vulnérables.\n\nIls ont été accueillis à Niamey par les autorités ' +
        'nigériennes et les équipes du HCR.',
    );
    assert.equal(r.title, 'Le HCR évacue 74 réfugiés vulnérables depuis la Libye vers le Niger');
    assert.match(r.body, /^Le HCR, l’Agence des Nations Unies/);
    assert.ok(!r.warnings.includes('no-title'));
  });
});
