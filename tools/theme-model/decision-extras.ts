/*
 * Extra decision features tried in issue 15's wave 11 (decision-experiments.ts), none shipped: a second
 * stage that sees the other candidates' first-stage probabilities through the training labels'
 * co-occurrence (a classifier chain), document kinds read from the title and lead, and the release's language.
 */
import { THEME_IDS } from '@presswatch/enrichment/model-fitting';

/** Per theme s, P(t | s) for every other theme t in `labelSets`, smoothed toward P(t) by one pseudo-release. */
export function cooccurrence(labelSets: readonly ReadonlySet<string>[]): Map<string, Map<string, number>> {
  const single = new Map<string, number>();
  const pair = new Map<string, number>();
  for (const labels of labelSets)
    for (const s of labels) {
      single.set(s, (single.get(s) ?? 0) + 1);
      for (const t of labels) if (t !== s) pair.set(`${s}|${t}`, (pair.get(`${s}|${t}`) ?? 0) + 1);
    }
  const n = Math.max(1, labelSets.length);
  return new Map(
    THEME_IDS.map((s) => [
      s,
      new Map(
        THEME_IDS.filter((t) => t !== s).map((t) => [
          t,
          ((pair.get(`${s}|${t}`) ?? 0) + (single.get(t) ?? 0) / n) / ((single.get(s) ?? 0) + 1),
        ]),
      ),
    ]),
  );
}

/**
 * Per candidate, how strongly the other candidates imply it: the noisy-or (or the largest) of their
 * first-stage probability times P(candidate | other).
 */
export function chainFeature(
  candidates: readonly { readonly id: string }[],
  firstStage: readonly number[],
  cooc: ReadonlyMap<string, ReadonlyMap<string, number>>,
  combine: 'noisyOr' | 'max',
): number[] {
  return candidates.map((c, j) => {
    let acc = combine === 'noisyOr' ? 1 : 0;
    candidates.forEach((s, k) => {
      if (k === j) return;
      const v = (firstStage[k] ?? 0) * (cooc.get(s.id)?.get(c.id) ?? 0);
      acc = combine === 'noisyOr' ? acc * (1 - v) : Math.max(acc, v);
    });
    return combine === 'noisyOr' ? 1 - acc : acc;
  });
}

/** Document kinds, fr/en/es, matched in the title and the body's first 300 characters. */
export const DOCUMENT_KINDS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  {
    kind: 'situation report',
    pattern: new RegExp(
      'situation report|sitrep|flash update|bulletin|\\bupdate\\b|note d.informations?|rapport de situation|aperçu|dashboard|' +
        'tableau de bord|snapshot|fact ?sheet|informe de situación|boletín|hoja informativa|overview',
      'i',
    ),
  },
  { kind: 'appeal', pattern: /\bappeal|\bappel\b|llamamiento|response plan|plan de respuesta|plan de réponse|\bDREF\b|emergency plan/i },
  {
    kind: 'statement',
    pattern:
      /statement|déclaration|declaración|remarks|discours|speech|briefing|message\b|mensaje|op-ed|open letter|lettre ouverte|interview|entrevista|entretien/i,
  },
  { kind: 'training', pattern: /training|workshop|formation|atelier|taller|capacitación|séminaire|seminar|seminario/i },
  {
    kind: 'study',
    pattern:
      /\bstudy|survey|étude|enquête|estudio|encuesta|assessment|évaluation|evaluación|research|recherche|investigación|\breport\b|\brapport\b|\binforme\b/i,
  },
  { kind: 'meeting', pattern: /meeting|conference|summit|réunion|conférence|sommet|reunión|conferencia|cumbre|forum|\bsession|sesión/i },
];

/** 1 per document kind the title or lead names, else 0, in DOCUMENT_KINDS order. */
export function documentKinds(title: string | null, body: string): number[] {
  const head = `${title ?? ''} ${body.slice(0, 300)}`;
  return DOCUMENT_KINDS.map(({ pattern }) => (pattern.test(head) ? 1 : 0));
}
