// A forum thread's page and replies, shared by the specs of the rules that read posts (post-profiles,
// profile-lines, signatures). It holds no test of its own.

export function threadPage(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Which telescope first?</title></head><body>${body}</body></html>`;
}

export const REPLIES = [
  'A small refractor on a solid mount will show you the planets and keeps working for years without any fuss.',
  'Start with binoculars and a star atlas; you learn the sky first, and the telescope comes when you know what you want.',
  'A six inch Dobsonian is the usual advice, and it is good advice: a lot of aperture for the money and easy to set up.',
];
