import { ariaRole, type HtmlElement } from './dom.js';

/*
 * Interface widgets as ARIA names them. A tooltip and the live regions `status` and `alert` ("Added
 * to your cart", "Only 3 left", "Your session has expired") are messages of the interface, never
 * the page's text. A storefront's `role="group"` (WAI-ARIA: a set of interface objects "not intended
 * to be included in a page summary"; a size or colour picker, a carousel's slides of other products,
 * a delivery-options slider) and `radiogroup` (a picker of variants or protection plans) are the buy
 * box's controls and the other products, not the product's description: they are left out on a page
 * that declares a product, inside the region rendered for it. Not on other pages: service pages put
 * their own offers and team cards in grouped carousel slides.
 */

const MESSAGE_ROLES = new Set(['tooltip', 'status', 'alert']);
const STOREFRONT_ROLES = new Set(['group', 'radiogroup']);

/** True for a tooltip or a live message of the interface, by its ARIA role. */
export function isInterfaceMessage(el: HtmlElement): boolean {
  const role = ariaRole(el);
  return role !== null && MESSAGE_ROLES.has(role);
}

/** True for a group of a storefront's controls or items, by its ARIA role (product pages only). */
export function isStorefrontGroup(el: HtmlElement): boolean {
  const role = ariaRole(el);
  return role !== null && STOREFRONT_ROLES.has(role);
}
