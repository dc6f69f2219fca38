export const SEARCH_CLIENT = Symbol('SEARCH_CLIENT');
export const BULK_OPTIONS = Symbol('BULK_OPTIONS');
