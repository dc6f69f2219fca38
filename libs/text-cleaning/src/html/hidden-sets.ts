import { ariaRole, keptText, type HtmlElement } from './dom.js';
import { linkDensity } from './stats.js';
import { STATE_WORDS } from './state-words.js';

/*
 * The hidden members of a set shown one at a time: a carousel's inactive slides (the WAI-ARIA carousel
 * pattern hides them with `aria-hidden`) and a tab set's closed panels (`hidden`), printed beside the one
 * shown, in one template (same tag, class words equal but for state words: "slick-slide" beside
 * "slick-slide slick-active"). The reader reaches each by a click, and WCXB's references of service pages
 * keep them (testimonials, service tabs). A copy of the shown member (a carousel's clones, a marquee
 * printed twice) and menus (mostly links) stay hidden.
 */

const MAX_LINK_DENSITY = 0.5;
const NOT_MEMBER_ROLES = new Set(['dialog', 'alertdialog', 'menu', 'menubar', 'listbox', 'tooltip', 'navigation']);

/** How boilerplate.ts reads an element: hidden by its attributes, and the words of its class. */
export interface SetReading {
  hidden: (el: HtmlElement) => boolean;
  classWords: (el: HtmlElement) => readonly string[];
}

// The distinct words, sorted: "slick-slide slick-active" reads as "slide slick" beside "slick-slide".
function template(el: HtmlElement, read: SetReading): string {
  const words = new Set(read.classWords(el).filter((w) => w !== '' && !STATE_WORDS.has(w)));
  return [...words].sort().join(' ');
}

/** `el`, hidden, is a member of a set printed beside a shown member of its template. */
export function isHiddenSetMember(el: HtmlElement, read: SetReading): boolean {
  const parent = el.parent;
  if (parent === null || el.textLen === 0 || el.tag === 'nav' || el.tag === 'dialog') return false;
  const role = ariaRole(el);
  if ((role !== null && NOT_MEMBER_ROLES.has(role)) || linkDensity(el) > MAX_LINK_DENSITY) return false;
  const base = template(el, read);
  if (base === '') return false;
  for (const sib of parent.children) {
    if (typeof sib === 'string' || sib === el || sib.tag !== el.tag || sib.textLen === 0 || read.hidden(sib)) continue;
    if (template(sib, read) === base) return keptText(sib).trim() !== keptText(el).trim();
  }
  return false;
}
