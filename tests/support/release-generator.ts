/*
 * Realistic load for the pipeline benchmarks: press releases of ~4 KB as the fetcher finds them, several
 * sources (one site each) in French, English and Spanish, as a navigation text dump, a dump with hard-wrapped
 * lines (older layout) or an HTML page. Article text is new for every release (Markov sentences trained on
 * real reports, never repeated); what recurs is each site's page furniture (navigation, footer, and the
 * organisation's standard paragraph before the contacts), which is what the cleaner's template is there to learn.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CORPUS_FILE, SAMPLES_DIR, loadCorpus } from '@presswatch/enrichment-evaluation';
import { MarkovText, pick, proseParagraphs, seededRandom } from './markov-text.js';
import { MONTH_NAMES } from '@presswatch/text-cleaning';

export type BenchLanguage = 'fr' | 'en' | 'es';
export type BenchLayout = 'dump' | 'wrapped' | 'html';
const LANGUAGES: BenchLanguage[] = ['fr', 'en', 'es'];
const LAYOUTS: BenchLayout[] = ['dump', 'wrapped', 'dump', 'html'];

export interface BenchSource {
  /** Folder and source name. */
  name: string;
  language: BenchLanguage;
  layout: BenchLayout;
  site: string;
}

export interface GeneratedRelease {
  source: BenchSource;
  /** File name inside the source's folder. */
  file: string;
  body: string;
}

/** Sources cycle through the languages, and through text dumps, wrapped dumps and HTML pages. */
export function benchSources(count: number): BenchSource[] {
  return Array.from({ length: count }, (_, index) => {
    const language = LANGUAGES[index % LANGUAGES.length]!;
    const layout = LAYOUTS[index % LAYOUTS.length]!;
    return { name: `bench-${index + 1}-${language}-${layout}`, language, layout, site: `${SITE[language]} ${index + 1}` };
  });
}

const SITE: Record<BenchLanguage, string> = { fr: 'OIM – Bureau régional', en: 'IOM – Regional Office', es: 'OIM – Oficina Regional' };
const COUNTRIES: Record<BenchLanguage, string[]> = {
  fr: [
    'Mexique',
    'Haïti',
    'Niger',
    'Colombie',
    'Guatemala',
    'Sénégal',
    'Mali',
    'Tchad',
    'Burkina Faso',
    'Soudan du Sud',
    'Libye',
    'Tunisie',
    'Maroc',
    'Cameroun',
    'Madagascar',
    'Djibouti',
    'Éthiopie',
    'Yémen',
    'Guinée',
    'Côte d’Ivoire',
  ],
  en: [
    'Jamaica',
    'Nigeria',
    'Bangladesh',
    'Thailand',
    'Philippines',
    'Kenya',
    'Somalia',
    'Ethiopia',
    'Afghanistan',
    'Iraq',
    'Lebanon',
    'Jordan',
    'Yemen',
    'Sudan',
    'Uganda',
    'Myanmar',
    'Nepal',
    'Pakistan',
    'Libya',
    'Ghana',
  ],
  es: [
    'México',
    'Guatemala',
    'Honduras',
    'El Salvador',
    'Colombia',
    'Venezuela',
    'Ecuador',
    'Perú',
    'Bolivia',
    'Argentina',
    'Chile',
    'Panamá',
    'Costa Rica',
    'Nicaragua',
    'República Dominicana',
    'Paraguay',
    'Uruguay',
    'Cuba',
  ],
};
const FIRST = [
  'Ana',
  'Laurent',
  'Ximena',
  'Daniel',
  'Fatou',
  'Ibrahim',
  'Maria',
  'John',
  'Aisha',
  'Carlos',
  'Sophie',
  'Mohamed',
  'Lucia',
  'Peter',
  'Amina',
  'Jorge',
  'Claire',
  'Samuel',
  'Nadia',
  'Luis',
];
const LAST = [
  'Mercier',
  'Ortega',
  'Ruiz',
  'Diallo',
  'Traoré',
  'Okafor',
  'Smith',
  'Haddad',
  'Galindo',
  'Morales',
  'Villalobos',
  'Nguyen',
  'Kamara',
  'Fernández',
  'Dubois',
  'Mensah',
  'Rahman',
  'Silva',
  'Keller',
  'Osei',
];
/** The French month names: the first spelling of each month in the cleaner's table. */
const MONTHS_FR = MONTH_NAMES.map(([french]) => french!);
/** The organisation's standard paragraph before the contacts: prose that recurs, which only the template can tell from the article. */
const ABOUT: Record<BenchLanguage, (site: string) => string> = {
  fr: (site) =>
    `À propos de ${site} : l’OIM, créée en 1951, est la principale organisation intergouvernementale dans le domaine de la ` +
    `migration et travaille avec les gouvernements, la société civile et ses partenaires pour une migration sûre, ordonnée et digne.`,
  en: (site) =>
    `About ${site}: IOM, established in 1951, is the leading intergovernmental organization in the field of migration and works ` +
    `closely with governmental, intergovernmental and non-governmental partners for safe, orderly and dignified migration.`,
  es: (site) =>
    `Acerca de ${site}: la OIM, creada en 1951, es la principal organización intergubernamental en el ámbito de ` +
    `la migración y trabaja con gobiernos, sociedad civil y socios para una migración segura, ordenada y digna.`,
};
const FOOTER: Record<BenchLanguage, string[]> = {
  fr: [
    'Partager cette page',
    'Facebook',
    'X',
    'LinkedIn',
    'Abonnez-vous à notre lettre d’information',
    'Mentions légales',
    'Politique de confidentialité',
    'Nous contacter',
  ],
  en: ['Share this page', 'Facebook', 'X', 'LinkedIn', 'Subscribe to our newsletter', 'Terms of use', 'Privacy policy', 'Contact us'],
  es: [
    'Compartir esta página',
    'Facebook',
    'X',
    'LinkedIn',
    'Suscríbase a nuestro boletín',
    'Aviso legal',
    'Política de privacidad',
    'Contacto',
  ],
};

/** The training text per language: the ReliefWeb sample beside the checkout when present, else the sample releases. */
export function loadTrainingText(corpusFile: string = DEFAULT_CORPUS_FILE): { from: string; paragraphs: Record<BenchLanguage, string[]> } {
  const paragraphs: Record<BenchLanguage, string[]> = { fr: [], en: [], es: [] };
  const corpus = loadCorpus(corpusFile);
  if (corpus !== null) {
    for (const item of corpus)
      if (item.language in paragraphs) paragraphs[item.language as BenchLanguage].push(...proseParagraphs(item.text));
    return { from: corpusFile, paragraphs };
  }
  for (const language of LANGUAGES)
    paragraphs[language] = sampleFiles(language).flatMap((file) => proseParagraphs(readFileSync(file, 'utf8')));
  return { from: SAMPLES_DIR, paragraphs };
}

const sampleFiles = (language: BenchLanguage): string[] =>
  readdirSync(SAMPLES_DIR)
    .filter((name) => name.startsWith(`${language}-`) && name.endsWith('.txt'))
    .sort()
    .map((name) => join(SAMPLES_DIR, name));

/** A site's navigation as the sample releases show it: the lines most of a language's samples open with. */
function navigationLines(language: BenchLanguage): string[] {
  const files = sampleFiles(language).map((file) => readFileSync(file, 'utf8').split('\n'));
  const counts = new Map<string, number>();
  for (const lines of files) for (const line of new Set(lines)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return (files[0] ?? []).filter((line) => line.trim() !== '' && (counts.get(line) ?? 0) * 2 >= files.length);
}

const TARGET_BYTES = 4096;
const WRAP_COLUMN = 70;

/** Generates releases deterministically from a seed; no sentence is used twice across the whole run. */
export class ReleaseGenerator {
  private readonly random: () => number;
  private readonly models: Record<BenchLanguage, MarkovText>;
  private readonly navigation: Record<BenchLanguage, string[]>;
  private readonly used = new Set<string>();

  constructor(training: Record<BenchLanguage, string[]>, seed = 13) {
    this.random = seededRandom(seed);
    this.models = { fr: new MarkovText(training.fr), en: new MarkovText(training.en), es: new MarkovText(training.es) };
    this.navigation = { fr: navigationLines('fr'), en: navigationLines('en'), es: navigationLines('es') };
  }

  /** `count` releases spread round-robin over the sources. */
  *releases(sources: readonly BenchSource[], count: number): Generator<GeneratedRelease> {
    for (let n = 0; n < count; n++) {
      const source = sources[n % sources.length]!;
      const file = `${String(Math.floor(n / sources.length)).padStart(6, '0')}.${source.layout === 'html' ? 'html' : 'txt'}`;
      yield { source, file, body: this.release(source) };
    }
  }

  private sentence(language: BenchLanguage): string {
    for (let attempt = 0; ; attempt++) {
      const sentence = this.models[language].sentence(this.random);
      if (!this.used.has(sentence) || attempt > 50) {
        this.used.add(sentence);
        return sentence;
      }
    }
  }

  private release(source: BenchSource): string {
    const { language } = source;
    const random = this.random;
    const country = pick(random, COUNTRIES[language]);
    const words = this.sentence(language)
      .replace(/^[«"“\s]+/, '')
      .split(' ');
    const title = words
      .slice(0, 6 + Math.floor(random() * 9))
      .join(' ')
      .replace(/[\s,;:.–«»"“”-]+$/, '');
    const date = new Date(Date.UTC(2008 + Math.floor(random() * 17), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const person = () => `${pick(random, FIRST)} ${pick(random, LAST)}`;
    const paragraphs = [`${country} – ${this.sentence(language)} ${this.sentence(language)}`];
    const contact = contactLine(language, person(), country, random);
    const quote = quoteParagraph(language, this.sentence(language), person(), country);
    const about = ABOUT[language](source.site);
    const furniture = Buffer.byteLength([...this.navigation[language], ...FOOTER[language], source.site, about].join('\n'));
    const markup = source.layout === 'html' ? 600 : 0;
    let size = furniture + markup + Buffer.byteLength(title + contact + quote + paragraphs[0]!);
    // Whole paragraphs overshoot by half a paragraph on average: stop short so releases average ~4 KB.
    while (size < TARGET_BYTES - 450) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => this.sentence(language));
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      size += Buffer.byteLength(paragraph) + 1;
      if (paragraphs.length === 3) paragraphs.push(quote);
    }
    paragraphs.push(about);
    const article = { title, date: dateLine(language, date), paragraphs, contact };
    return source.layout === 'html'
      ? htmlPage(source, this.navigation[language], article, date)
      : textDump(source, this.navigation[language], article);
  }
}

interface Article {
  title: string;
  date: string;
  paragraphs: string[];
  contact: string;
}

function dateLine(language: BenchLanguage, date: Date): string {
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()];
  if (language === 'fr') return `Publié le ${day} ${MONTHS_FR[month]} ${year}`;
  return `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${year}`;
}

function quoteParagraph(language: BenchLanguage, sentence: string, name: string, country: string): string {
  if (language === 'fr') return `« ${sentence} », a déclaré ${name}, chef de mission de l’OIM pour le pays (${country}).`;
  if (language === 'es') return `«${sentence}», afirmó ${name}, jefe de misión de la OIM en ${country}.`;
  return `“${sentence}” said ${name}, IOM Chief of Mission in ${country}.`;
}

function contactLine(language: BenchLanguage, name: string, country: string, random: () => number): string {
  const phone = `+${20 + Math.floor(random() * 70)} ${Math.floor(100 + random() * 900)} ${Math.floor(1000 + random() * 9000)} ${Math.floor(1000 + random() * 9000)}`;
  const email = `${name.split(' ')[0]!.toLowerCase()[0]}${name
    .split(' ')[1]!
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}@iom.example`;
  if (language === 'fr') return `Pour plus d’informations, veuillez contacter ${name}, OIM ${country}, Tél. : ${phone}, Email : ${email}`;
  if (language === 'es')
    return `Para más información, por favor contacte a ${name}, OIM ${country}, Tel: ${phone}, Correo electrónico: ${email}`;
  return `For more information, please contact ${name}, IOM ${country}, Tel: ${phone}, Email: ${email}`;
}

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WRAP_COLUMN) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function textDump(source: BenchSource, navigation: readonly string[], article: Article): string {
  const body = source.layout === 'wrapped' ? article.paragraphs.flatMap(wrap) : article.paragraphs;
  return [source.site, ...navigation, article.title, article.date, ...body, article.contact, ...FOOTER[source.language]].join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlPage(source: BenchSource, navigation: readonly string[], article: Article, date: Date): string {
  const menu = navigation
    .filter((line) => line !== '-')
    .map((line) =>
      line.length <= 60 ? `<li><a href="#">${escapeHtml(line.replace(/^- /, ''))}</a></li>` : `<li><p>${escapeHtml(line)}</p></li>`,
    );
  return [
    `<!DOCTYPE html>`,
    `<html lang="${source.language}"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(source.site)}</title>`,
    `<meta property="article:published_time" content="${date.toISOString()}"></head>`,
    `<body><header><div class="brand">${escapeHtml(source.site)}</div><nav><ul>${menu.join('')}</ul></nav></header>`,
    `<main><article><h1>${escapeHtml(article.title)}</h1><p class="date">${escapeHtml(article.date)}</p>`,
    ...article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p class="contact">${escapeHtml(article.contact)}</p></article></main>`,
    `<footer><ul>${FOOTER[source.language].map((line) => `<li><a href="#">${escapeHtml(line)}</a></li>`).join('')}</ul></footer></body></html>`,
  ].join('\n');
}

export interface CorpusStats {
  releases: number;
  meanBytes: number;
  minBytes: number;
  maxBytes: number;
  /**
   * Share of article lines of 40 characters or more (furniture excluded) found in more than one release: 0
   * means unique text. Shorter lines are left out: the ends of hard-wrapped paragraphs ("Mission in Nepal.")
   * and date lines recur without being repeated text.
   */
  recurringLineShare: number;
}

/** Writes the releases under `folder/<source name>/` and says how big and how unique they are. */
export function writeReleases(folder: string, releases: Iterable<GeneratedRelease>): CorpusStats {
  const lineCounts = new Map<string, number>();
  const furniture = new Set<string>();
  let [count, total, min, max] = [0, 0, Infinity, 0];
  const made = new Set<string>();
  for (const release of releases) {
    const directory = join(folder, release.source.name);
    if (!made.has(directory)) {
      mkdirSync(directory, { recursive: true });
      made.add(directory);
    }
    writeFileSync(join(directory, release.file), release.body);
    const bytes = Buffer.byteLength(release.body);
    [count, total, min, max] = [count + 1, total + bytes, Math.min(min, bytes), Math.max(max, bytes)];
    for (const line of [release.source.site, ABOUT[release.source.language](release.source.site), ...FOOTER[release.source.language]])
      furniture.add(line);
    for (const line of new Set(release.body.split('\n'))) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
  }
  // Furniture: lines every release of a source carries (navigation, footer); the rest is article text.
  const perSource = count / Math.max(1, made.size);
  let articleLines = 0;
  let recurring = 0;
  for (const [line, seen] of lineCounts) {
    if (furniture.has(line) || seen >= perSource * 0.5 || line.trim().length < 40) continue;
    articleLines += seen;
    if (seen > 1) recurring += seen;
  }
  return {
    releases: count,
    meanBytes: total / Math.max(1, count),
    minBytes: min,
    maxBytes: max,
    recurringLineShare: recurring / Math.max(1, articleLines),
  };
}
