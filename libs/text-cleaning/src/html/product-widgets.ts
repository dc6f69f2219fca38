import type { HtmlElement } from './dom.js';

/*
 * The widgets of a storefront, as ARIA names them: `role="group"` (WAI-ARIA: a set of interface
 * objects "not intended to be included in a page summary"; a size or colour picker, a carousel's
 * slides of other products, a delivery-options slider), `radiogroup` (a picker of variants or
 * protection plans), `tooltip`, and the live regions `status` and `alert` ("Added to your cart",
 * "Only 3 left"). On a page that declares a product, inside the region rendered for it, these hold
 * the buy box's controls and the other products, not the product's description. Not on other pages:
 * service pages put their own offers and team cards in grouped carousel slides.
 */

const WIDGET_ROLES = new Set(['group', 'radiogroup', 'tooltip', 'status', 'alert']);

/** True for a block that a product page's region leaves out: a widget by its ARIA role. */
export function isStorefrontWidget(el: HtmlElement): boolean {
  const role = el.attr('role');
  return role !== undefined && WIDGET_ROLES.has(role.trim().toLowerCase());
}
