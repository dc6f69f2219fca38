export const SEARCH_CLIENT = Symbol('SEARCH_CLIENT');
export const INDEXER_CONFIG = Symbol('INDEXER_CONFIG');
