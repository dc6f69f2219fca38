/* Labelled releases as the fitter sees them: the enricher's theme candidates and word bag, and the gold themes. */
import { labelledRelease, type ReleaseTexts } from '@presswatch/enrichment-evaluation';
import { themeInputsFor, type ThemeCandidate, type WordBag } from '@presswatch/enrichment/model-fitting';
import { cleanRelease, enrichmentInput } from '@presswatch/release-processing';

export interface Doc {
  readonly key: string;
  readonly labels: ReadonlySet<string>;
  readonly candidates: ThemeCandidate[];
  readonly bag: WordBag;
  /** Synthetic releases only ever train; every figure is computed on real releases. */
  readonly synthetic: boolean;
}

/** Cleans and analyses each release as the services would; throws when a text is absent. */
export function loadDocs(labels: readonly { key: string; themes: readonly string[] }[], texts: ReleaseTexts): Doc[] {
  return labels.map((l) => {
    const raw = labelledRelease(l.key, texts, 'fit:themes');
    if (raw === null)
      throw new Error(`${l.key}: text not found (the corpus is in ../shared, the synthetic releases in synthetic/releases.jsonl)`);
    return {
      key: l.key,
      labels: new Set(l.themes),
      synthetic: l.key.startsWith('synthetic:'),
      ...themeInputsFor(enrichmentInput(cleanRelease(raw))),
    };
  });
}
