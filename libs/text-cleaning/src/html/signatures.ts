import { collectOutermost, type HtmlElement } from './dom.js';
import { dropPerPostBlocks } from './post-profiles.js';

/*
 * A poster's signature under each of their posts (XenForo's "message-signature", vBulletin's
 * "signaturecontainer", phpBB's "signature", Discourse plugins' "post-signature"): the poster's
 * links and slogans, not the thread's text; and the bar of reactions under a post ("Reactions:
 * ...", "X likes this": XenForo's "reactionsBar"). Named so by a class, of one template under two
 * posts or more; a lone block so named (a product's "digital-signature" feature row) stays, and
 * ids are not read (heading slugs: "PGP_signature").
 */

const POST_PART_CLASS_RE = /signature|reaction/i;
const MIN_POSTS = 2;

/** Removes the blocks classed as signatures or reactions, of one template in MIN_POSTS parents or more. */
export function dropPostSignatures(root: HtmlElement): void {
  const blocks = collectOutermost([root], (el) => (POST_PART_CLASS_RE.test(el.attr('class') ?? '') ? 'take' : 'descend'));
  dropPerPostBlocks(blocks, () => MIN_POSTS);
}
