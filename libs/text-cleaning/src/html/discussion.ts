import type { ParsedPage } from './dom.js';

/*
 * A page that declares itself a forum thread (schema.org DiscussionForumPosting, in its JSON-LD or
 * its microdata): its replies are the content, even when the forum names them "comment"
 * (Invision's "elComment", Vanilla's "CommentsWrap"), not furniture beside an article. Forum
 * software declares it; news sites with comments declare an Article. Not QAPage: a Q&A page's
 * answers are not named as comments, and the comments under its question and answers are asides.
 */

const DISCUSSION_TYPE_RE = /"@type"\s*:\s*(?:\[[^\]]*)?"DiscussionForumPosting"/;
const DISCUSSION_MICRODATA = 'schema.org/DiscussionForumPosting';

export function isDiscussionPage(html: string, page: ParsedPage): boolean {
  if (page.jsonLd.some((s) => DISCUSSION_TYPE_RE.test(s))) return true;
  return html.includes(DISCUSSION_MICRODATA);
}
