import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { detectThemes, leadTokens, THEME_IDS, themeLabel } from './detect.js';
import { THEMES } from './vocabulary.js';

function themes(title: string | null, body: string): string[] {
  return detectThemes(title === null ? null : tokenize(title), tokenize(body)).map((t) => t.id);
}

const FILLER =
  'Le programme comprend plusieurs volets et associe de nombreux acteurs locaux et nationaux. ' +
  'Les activités se dérouleront pendant deux ans dans plusieurs provinces du pays. ';

describe('themes', () => {
  it('tags a release that is about trafficking, in French', () => {
    const body =
      'La traite des personnes touche des milliers de femmes. Les victimes de traite recevront une assistance. La protection des victimes passe par un soutien psychosocial. ' +
      'La lutte contre la traite est une priorité nationale et les trafiquants seront poursuivis. ' +
      FILLER;
    const tags = detectThemes(null, tokenize(body));
    const ht = tags.find((t) => t.id === 'human-trafficking');
    assert.ok(ht !== undefined);
    assert.ok(ht.score > 0.5 && ht.score <= 1);
    assert.equal(ht.reliefwebTheme, 'Protection and Human Rights');
    assert.ok(ht.evidence.includes('traite des personnes'));
    assert.ok(tags.some((t) => t.id === 'victim-protection'));
  });

  it('tags Spanish and English releases with the same ids', () => {
    const es =
      'La trata de personas es un delito. Las víctimas de trata necesitan protección. La lucha contra la trata continúa. ' + FILLER;
    const en =
      'Human trafficking is a crime. Victims of trafficking need protection. The fight against trafficking in persons goes on. ' + FILLER;
    assert.ok(themes(null, es).includes('human-trafficking'));
    assert.ok(themes(null, en).includes('human-trafficking'));
  });

  it('does not tag a word mentioned in passing', () => {
    const body =
      'L’OIM a distribué des kits d’hygiène et des abris aux familles touchées par les inondations. ' +
      'Le programme couvre aussi la prévention de la traite. ' +
      FILLER +
      FILLER;
    assert.ok(!themes(null, body).includes('human-trafficking'));
  });

  it('does not read "se trata de" (it is about) as trafficking', () => {
    const body = 'Se trata de un proyecto de salud. Se trata de mejorar la atención. ' + FILLER;
    assert.ok(!themes(null, body).includes('human-trafficking'));
  });

  it('counts title hits more', () => {
    const body = 'Des sessions de formation ont eu lieu. ' + FILLER;
    assert.ok(!themes(null, body).includes('human-trafficking'));
    assert.ok(themes('Renforcer la lutte contre la traite des personnes', body).includes('human-trafficking'));
  });

  it('keeps drug trafficking out of human trafficking', () => {
    const body = 'Drug trafficking and money laundering fuel organized crime. Drug trafficking networks operate at the border. ' + FILLER;
    const ids = themes(null, body);
    assert.ok(ids.includes('organized-crime'));
    assert.ok(!ids.includes('human-trafficking'));
  });

  it('tags capacity building, smuggling and displacement from their own vocabulary', () => {
    assert.ok(
      themes(null, 'Un atelier de formation sur le renforcement des capacités. Les fonctionnaires formés. ' + FILLER).includes(
        'capacity-building',
      ),
    );
    assert.ok(
      themes(null, 'Le trafic illicite de migrants enrichit les passeurs. Les passeurs exploitent les migrants. ' + FILLER).includes(
        'migrant-smuggling',
      ),
    );
    assert.ok(
      themes(null, 'Los desplazados internos necesitan ayuda humanitaria tras el huracán. ' + FILLER).includes('displacement-emergency'),
    );
  });

  it('exposes every theme id with labels in three languages and a ReliefWeb theme', () => {
    assert.equal(THEME_IDS.length, 26);
    assert.equal(new Set(THEME_IDS).size, 26);
    assert.equal(themeLabel('human-trafficking', 'fr'), 'Traite des personnes');
    assert.equal(themeLabel('human-trafficking', 'es'), 'Trata de personas');
    assert.equal(themeLabel('migration-health', 'en'), 'Migration health');
    const reliefweb = new Set([
      'Agriculture',
      'Camp Coordination and Camp Management',
      'Climate Change and Environment',
      'Contributions',
      'Coordination',
      'Disaster Management',
      'Education',
      'Food and Nutrition',
      'Gender',
      'Health',
      'HIV/Aids',
      'Humanitarian Financing',
      'Logistics and Telecommunications',
      'Mine Action',
      'Peacekeeping and Peacebuilding',
      'Protection and Human Rights',
      'Recovery and Reconstruction',
      'Safety and Security',
      'Shelter and Non-Food Items',
      'Water Sanitation Hygiene',
    ]);
    for (const t of THEMES) assert.ok(reliefweb.has(t.reliefweb), `${t.id}: ${t.reliefweb}`);
  });
});

describe('theme context', () => {
  it('does not call general health news "migration health"', () => {
    const body =
      'La riposte au VIH progresse. Les services de santé et la santé publique doivent atteindre tous les malades du sida. ' +
      "L'épidémie de VIH recule grâce aux traitements. " +
      FILLER;
    assert.ok(!themes(null, body).includes('migration-health'));
    const withMigrants = `${body} Les migrants et les personnes déplacées ont un accès limité aux services de santé.`;
    assert.ok(themes(null, withMigrants).includes('migration-health'));
  });

  it('tags refugees named throughout, not the mixed-flow phrase alone', () => {
    const about =
      'More refugees crossed the border this week. The refugees are registered on arrival and most refugees are women. ' +
      'A new refugee settlement opened. ' +
      'The programme involves local partners in several provinces over two years. ';
    assert.ok(themes(null, about).includes('resettlement-refugees'));
    const mixed =
      'The route is used by refugees and migrants. Migrants and refugees need information on the route. ' +
      'The programme involves local partners in several provinces over two years. ';
    assert.ok(!themes(null, mixed).includes('resettlement-refugees'));
  });

  it('does not make a climate theme out of a drought or a flood alone', () => {
    const body = 'Les inondations ont touché trois provinces. Après la sécheresse, les inondations ont détruit les récoltes. ' + FILLER;
    assert.ok(!themes(null, body).includes('climate-environment'));
    assert.ok(themes(null, `${body} Le changement climatique aggrave ces phénomènes climatiques.`).includes('climate-environment'));
  });
});

describe('theme prominence', () => {
  const LONG_FILLER = FILLER + FILLER + FILLER;

  it('limits the lead to the first paragraph, at most 60 tokens', () => {
    assert.equal(leadTokens(tokenize('Un deux trois.\n\nQuatre cinq.')), 3);
    assert.equal(leadTokens(tokenize(Array.from({ length: 100 }, (_, i) => `mot${i}`).join(' '))), 60);
  });

  it('weighs words of the lead more than the same words further down', () => {
    const sentence = 'Un atelier de formation a réuni les agents formés. ';
    const inLead = `${sentence}\n\n${LONG_FILLER}\n\n${LONG_FILLER}`;
    const later = `${LONG_FILLER}\n\n${LONG_FILLER}\n\n${sentence}`;
    const score = (body: string): number =>
      detectThemes(null, tokenize(body), { minScore: 0 }).find((t) => t.id === 'capacity-building')?.score ?? 0;
    assert.ok(score(inLead) > score(later));
  });

  it('drops a theme far below the top theme unless the title or the lead names it', () => {
    const top =
      'Les personnes déplacées internes ont fui les combats. Les déplacés internes vivent dans des camps de déplacés. ' +
      'La crise humanitaire s’aggrave et la réponse d’urgence manque de moyens. ';
    const neutral = 'Les familles vivent dans des conditions difficiles et attendent des nouvelles de leurs proches depuis des semaines. ';
    const passing = 'Une formation a eu lieu. Les agents ont été formés. ';
    const body = (other: string): string => `${FILLER}\n\n${other}\n\n${FILLER}\n\n${passing}\n\n${other}`;
    const minor = (title: string | null, other: string): boolean => themes(title, body(other)).includes('capacity-building');
    // Alone the passage is enough; next to a theme scoring far higher it is a passing mention.
    assert.ok(minor(null, neutral));
    assert.ok(themes(null, body(top)).includes('displacement-emergency'));
    assert.ok(!minor(null, top));
    assert.ok(minor('Formation des agents humanitaires', top));
  });

  it('tags displacement tracking and flow monitoring products as data as well as displacement', () => {
    const body = 'La matrice de suivi des déplacements (DTM) publie son tableau de bord. Les personnes déplacées sont recensées. ' + FILLER;
    const ids = themes(null, body);
    assert.ok(ids.includes('data-research'));
    assert.ok(ids.includes('displacement-emergency'));
    assert.ok(
      themes('Flow Monitoring Dashboard', 'Flow monitoring points count travellers at the border each day. ' + FILLER).includes(
        'data-research',
      ),
    );
  });

  it('reads Spanish finite forms of "capacitar" and reception centres', () => {
    assert.ok(
      themes('Agentes se capacitan en la frontera', 'La institución capacitó a 40 agentes en un curso de capacitación. ' + FILLER).includes(
        'capacity-building',
      ),
    );
    const reception =
      'Conditions in the reception centres are poor and refugees sleep in tents. More reception centres are needed. ' + FILLER;
    assert.ok(themes('Migrants stranded at the reception centre', reception).includes('migrant-protection'));
    assert.ok(!themes(null, 'La comunidad de acogida recibe a las familias. ' + FILLER).includes('migrant-protection'));
  });
});
