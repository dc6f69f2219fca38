/*
 * A price as a storefront prints it: a currency sign or code next to an amount ("$79.00", "€ 132,34",
 * "1.299,00 EUR", "Rs. 499"). Amounts without a currency are not told from other numbers.
 */
export const PRICE_RE =
  /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|Rs\.?))\s?\d|\d(?:[\d.,'\s]*\d)?\s?(?:[€£₹]|\b(?:USD|EUR|GBP|CHF|kr|zł|Kč)\b)/;
