import { ariaRole, type HtmlElement } from './dom.js';

/*
 * An element with `role="img"` is an image: ARIA makes its children presentational and names it by
 * its `aria-label`, which stands where an <img>'s alt text would (and alt text is not rendered). Its
 * text is a drawing made of characters: a forum's default avatar printing the poster's initial
 * ("F" for felixen), a rating's stars (★★★★☆), an emoji.
 */

/** True for an element drawn as an image by its ARIA role, whose text is not the page's. */
export function isAriaImage(el: HtmlElement): boolean {
  return ariaRole(el) === 'img';
}
