import type { ParsedPage } from './dom.js';
import { declaresSchemaType } from './schema-types.js';

/*
 * A page that declares itself a forum thread (schema.org DiscussionForumPosting, in its JSON-LD or
 * its microdata): its replies are the content, even when the forum names them "comment"
 * (Invision's "elComment", Vanilla's "CommentsWrap"), not furniture beside an article. Forum
 * software declares it; news sites with comments declare an Article. Not QAPage: a Q&A page's
 * answers are not named as comments, and the comments under its question and answers are asides.
 */

const DISCUSSION_MICRODATA = 'schema.org/DiscussionForumPosting';

export function isDiscussionPage(html: string, page: ParsedPage): boolean {
  if (declaresSchemaType(page, 'DiscussionForumPosting')) return true;
  return html.includes(DISCUSSION_MICRODATA);
}
