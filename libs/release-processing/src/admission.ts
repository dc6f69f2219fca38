import type { CleanRelease, RawRelease } from '@presswatch/contracts';
import { notArticleReason, notTextReason } from '@presswatch/text-cleaning';

/**
 * Why a fetched release cannot be cleaned (its body is binary or undecodable), or null. Decided before
 * cleaning, so such a body neither costs the cleaner's time nor enters the source's template.
 */
export function rawReleaseRefusal(raw: RawRelease): string | null {
  return notTextReason(raw.body);
}

/**
 * Why a cleaned release must not be indexed, or null: nothing left after cleaning, no language and no
 * words, or only site navigation and legal notices. The reason is the dead letter's.
 */
export function cleanReleaseRefusal(clean: CleanRelease): string | null {
  return notArticleReason(clean);
}
