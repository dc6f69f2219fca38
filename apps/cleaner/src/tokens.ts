export const TEMPLATE_STORE = Symbol('TEMPLATE_STORE');
