export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
export const PRODUCER = Symbol('PRODUCER');
export const STATE_DATABASE = Symbol('STATE_DATABASE');
export const SOURCES = Symbol('SOURCES');
