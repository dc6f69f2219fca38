import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

/*
 * Pages that are not articles: forum threads, listings of link cards, service pages, pages served
 * in <noscript>. Their content is spread over many blocks; the furniture around them still goes.
 */

const NAV =
  '<header class="site-header"><a href="/">Relief Forum</a><nav><a href="/a">Latest</a> <a href="/b">Categories</a> <a href="/c">Members</a></nav></header>';
const FOOTER = '<footer><p>© 2025 Relief Forum. All rights reserved. Privacy policy, terms of use and contact.</p></footer>';

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

const POSTS = [
  'Has anyone shipped water filters to the northern camps this month?<br>The road through the valley was closed last week.',
  'We did, on Tuesday. The convoy took the coastal road instead, it adds a day but it is open.',
  'Thanks, that helps. Do you know whether the customs office at the border still asks for the paper permit?',
  'Yes, they still want the paper copy, stamped by the ministry. Scans were refused twice.',
];

describe('extractArticle on pages that are not articles', () => {
  it('keeps every post of a thread whose posts nest an <article> in another', () => {
    const posts = POSTS.map(
      (
        text,
        i,
      ) => `<article class="message message--post" id="post-${i}"><div class="message-cell--user"><a href="/u/${i}">member${i}</a></div>
        <div class="message-main"><div class="message-content"><article class="message-body"><div class="bbWrapper">${text}</div></article></div>
        <footer class="message-footer"><a href="/like/${i}">Like</a> <a href="/reply/${i}">Reply</a></footer></div></article>`,
    );
    const r = extractArticle(
      page(
        'Water filters for the camps | Relief Forum',
        `${NAV}<div class="p-body"><h1>Water filters for the camps</h1><div class="block-body">${posts.join('')}</div></div>${FOOTER}`,
      ),
    );
    for (const text of POSTS) for (const line of text.split('<br>')) assert.ok(r.body.includes(line), line);
    for (const furniture of ['Categories', 'Reply', 'All rights reserved']) assert.ok(!r.body.includes(furniture), furniture);
  });

  it('reads on after a stray <![CDATA[ in the body, as browsers do (a bogus comment to the next >)', () => {
    const r = extractArticle(
      page(
        'Water filters',
        `<![CDATA[\n<div id="top"></div>${NAV}<main><h1>Water filters</h1><p>${POSTS.join('</p><p>')}</p></main>${FOOTER}`,
      ),
    );
    assert.ok(r.body.includes('The convoy took the coastal road instead'), r.body);
    assert.ok(!r.body.includes('CDATA'));
  });

  it('keeps a storefront grid of link cards on a page without any paragraph of prose', () => {
    const names = ['Steel water bottle', 'Folding camp stool', 'Solar lantern', 'Ceramic mug', 'Wool blanket', 'Canvas tote'];
    const cards = names
      .map(
        (n, i) =>
          `<li class="product"><a href="/p/${i}"><h2>${n}</h2><span class="price">$${12 + i}.00</span> <span>Colours: grey, sand, olive</span></a></li>`,
      )
      .join('');
    const r = extractArticle(
      page(
        'Shop',
        `${NAV}<div class="notice"><p>You are now shopping in AUD.</p><a href="#">Continue</a></div><ul class="products">${cards}</ul>`,
      ),
    );
    for (const n of names) assert.ok(r.body.includes(n), `${n}: ${r.body}`);
  });

  it('drops a consent banner whose privacy prose outweighs a listing of short recipes', () => {
    const privacy = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>We and our ${i + 2} partners process personal data such as cookies and device identifiers to measure ` +
        'the delivery of content and advertising, and to develop our services. You may withdraw your consent at any time.</p>',
    ).join('');
    const names = ['Lentil soup', 'Bean stew', 'Rice and peas', 'Flatbread', 'Chickpea curry', 'Barley salad'];
    const cards = names
      .map((n, i) => `<div class="card"><a href="/r/${i}"><span>${n}</span></a> <span>${20 + i} minutes</span></div>`)
      .join('');
    const r = extractArticle(
      page(
        'Dinner recipes',
        `${NAV}<main><h1>Dinner recipes</h1><div class="list">${cards}</div></main><div id="privacy-consent-sdk">${privacy}</div>${FOOTER}`,
      ),
    );
    for (const n of names) assert.ok(r.body.includes(n), `${n}: ${r.body}`);
    assert.ok(!r.body.includes('withdraw your consent'), r.body);
  });

  it('skips the link grids inside a product page (schema.org Product) but keeps its details', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Solar lantern"}</script>';
    const specs = ['Battery: 2,000 mAh', 'Light: 120 lumens', 'Charge: 6 hours of sun', 'Weight: 310 g']
      .map((x) => `<li>${x}</li>`)
      .join('');
    const others = ['Folding camp stool', 'Steel water bottle', 'Wool blanket', 'Canvas tote', 'Ceramic mug'];
    const grid = others.map((n, i) => `<div class="tile"><a href="/p/${i}">${n} from $${10 + i}.00</a></div>`).join('');
    const r = extractArticle(
      `<!DOCTYPE html><html><head><title>Solar lantern</title>${ld}</head><body>${NAV}<div class="page">` +
        `<div class="pdp"><h1>Solar lantern</h1><span>$24.00</span><ul>${specs}</ul><div>Lights a tent for a night.</div>` +
        `<div>Hangs from its handle.</div></div><div class="grid"><h2>More</h2>${grid}</div></div>${FOOTER}</body></html>`,
    );
    for (const x of ['Battery: 2,000 mAh', 'Lights a tent for a night.', '$24.00']) assert.ok(r.body.includes(x), `${x}: ${r.body}`);
    for (const n of others) assert.ok(!r.body.includes(n), `${n}: ${r.body}`);
  });

  it('keeps the offers a service page puts in a carousel', () => {
    const offers = ['Boiler repair within 24 hours', 'Annual safety inspection', 'Radiator replacement', 'Heat pump installation'];
    const slides = offers.map((o, i) => `<div class="carousel-slide"><h3>${o}</h3><span>From £${80 + 20 * i}</span></div>`).join('');
    const r = extractArticle(
      page('Heating services', `${NAV}<main><h1>Heating services</h1><div class="offers-carousel">${slides}</div></main>${FOOTER}`),
    );
    for (const o of offers) assert.ok(r.body.includes(o), `${o}: ${r.body}`);
  });

  it('keeps the cards of a listing made of links and short descriptions', () => {
    const names = ['Emergency shelter', 'Water and sanitation', 'Health care', 'Cash assistance', 'Education in emergencies', 'Protection'];
    const cards = names
      .map((n, i) => `<li class="card"><a href="/programmes/${i}"><h3>${n}</h3></a><p>${n} programme in ${12 + i} countries.</p></li>`)
      .join('');
    const r = extractArticle(
      page(
        'Programmes',
        `${NAV}<main><h1>Programmes</h1><p>What we do, country by country.</p><ul class="grid">${cards}</ul></main>${FOOTER}`,
      ),
    );
    for (const n of names) assert.ok(r.body.includes(n), n);
    assert.ok(r.body.includes('Protection programme in 17 countries.'));
    assert.ok(!r.body.includes('Members'));
  });

  it('reads a thread served in <noscript> to clients without scripts, and drops a script notice', () => {
    const posts = POSTS.map(
      (text, i) =>
        `<div class="topic-body crawler-post"><span class="creator">member${i}</span><div class="post"><p>${text}</p></div></div>`,
    ).join('');
    const served = page(
      'Water filters',
      `<noscript><div class="js-warning">You need to enable JavaScript to run this app.</div></noscript>${NAV}<noscript data-path="/t/1"><div id="main-outlet" role="main">${posts}</div></noscript>`,
    );
    const r = extractArticle(served);
    assert.ok(r.body.includes('stamped by the ministry'));
    assert.ok(r.body.includes('coastal road'));
    assert.ok(!r.body.includes('enable JavaScript'));
  });

  it('ignores a <noscript> copy of content the page shows anyway', () => {
    const text = `<p>${POSTS[1]} ${POSTS[2]}</p><p>${POSTS[3]} ${POSTS[1]}</p>`;
    const r = extractArticle(
      page('Copy', `<main><div class="story">${text}</div><noscript><div class="story">${text}</div></noscript></main>`),
    );
    assert.equal(r.body.split('stamped by the ministry').length, 2);
  });

  it('keeps content after a stray </body>, as browsers do', () => {
    const r = extractArticle(
      `<html><body><div class="intro"><p>${POSTS[1]}</p></div></body></html><div class="story"><p>${POSTS[2]} ${POSTS[3]}</p><p>${POSTS[3]} ${POSTS[2]}</p></div>`,
    );
    assert.ok(r.body.includes('stamped by the ministry'));
  });

  it('keeps a grid of link cards, each teaser wrapped whole in <a>, beside one card with its own blurb', () => {
    const cards = [...POSTS, ...POSTS, ...POSTS]
      .map((t, i) => `<li><a href="/r${i}"><h3>Report ${i} from the northern camps</h3><p>${t.replace('<br>', ' ')}</p></a></li>`)
      .join('');
    const blurb = `<li><div class="card"><p>${POSTS[0]!.replace('<br>', ' ')} A longer note written by the team, not a link.</p></div></li>`;
    const r = extractArticle(page('Reports', `${NAV}<main><h1>Reports</h1><ul class="grid">${blurb}${cards}</ul></main>${FOOTER}`));
    for (let i = 0; i < 3 * POSTS.length; i++) assert.ok(r.body.includes(`Report ${i} from the northern camps`), `card ${i}`);
    assert.ok(!r.body.includes('All rights reserved'));
  });

  it('keeps the comments of a discussion page, and drops them beside an article of its own', () => {
    const comments = `<div class="comment-list">${POSTS.map((t) => `<div class="comment"><p>${t}</p></div>`).join('')}</div>`;
    const thread = extractArticle(page('Thread', `${NAV}<main><h1>Water filters</h1>${comments}</main>${FOOTER}`));
    assert.ok(thread.body.includes('stamped by the ministry'));
    const story = POSTS.map(
      (t) => `<p>${t.replace('<br>', ' ')} The agency said the convoys would continue through the winter months, weather permitting.</p>`,
    ).join('');
    const article = extractArticle(
      page('Story', `${NAV}<main><article><h1>Convoys resume</h1>${story}</article>${comments}</main>${FOOTER}`),
    );
    assert.ok(article.body.includes('continue through the winter'));
    assert.equal((article.body.match(/stamped by the ministry/g) ?? []).length, 1, 'the comment copy is dropped');
  });

  it("keeps a card's own <header> inside an <article>, and still drops the page's <header> and <footer>", () => {
    const cards = POSTS.map(
      (t, i) =>
        `<article class="card"><header><h2>Camp report ${i}: the northern valley</h2></header><p>${t.replace('<br>', ' ')}</p></article>`,
    ).join('');
    const r = extractArticle(page('Reports', `${NAV}<main><h1>Reports</h1>${cards}</main>${FOOTER}`));
    for (let i = 0; i < POSTS.length; i++) assert.ok(r.body.includes(`Camp report ${i}: the northern valley`), `card ${i}`);
    assert.ok(!r.body.includes('Relief Forum'));
    assert.ok(!r.body.includes('All rights reserved'));
  });

  it('renders React\'s streamed <div hidden id="S:n"> parts (n in hexadecimal), and drops other hidden blocks', () => {
    const story = POSTS.map((t) => `<p>${t.replace('<br>', ' ')} The agency said the convoys would continue all winter.</p>`);
    const r = extractArticle(
      page(
        'Story',
        `${NAV}<main><h1>Convoys resume</h1>${story.slice(0, 2).join('')}<div id="B:0"></div></main><div hidden id="S:0">${story[2]}</div>` +
          `<div hidden id="S:1a">${story[3]}</div>` +
          `<div hidden><p>A hidden notice that nobody sees on the page, long enough to count as a paragraph.</p></div>${FOOTER}`,
      ),
    );
    assert.ok(r.body.includes('customs office'), 'the streamed part');
    assert.ok(r.body.includes('stamped by the ministry'), 'the streamed part with a hexadecimal id');
    assert.ok(!r.body.includes('hidden notice'));
  });

  it('keeps a wrapper named "skip" when it holds text, and drops a short skip link', () => {
    // Each section longer than a skip link could be.
    const sections = POSTS.map(
      (t) =>
        `<div class="skip-item"><p>${t.replace('<br>', ' ')} The convoys continue through the winter months, the agency said.</p><p>${POSTS[1]}</p></div>`,
    );
    const r = extractArticle(
      page(
        'Story',
        `<a class="skip-link" href="#main">Skip to main content</a>${NAV}<main><h1>Convoys</h1>${sections.join('')}</main>${FOOTER}`,
      ),
    );
    assert.ok(r.body.includes('stamped by the ministry'));
    assert.ok(!r.body.includes('Skip to main content'));
  });

  it("drops the customer reviews under a product's description", () => {
    const description = POSTS.map((t) => `<p>${t.replace('<br>', ' ')} The filter cleans forty litres an hour.</p>`).join('');
    const review = (t: string): string =>
      `<div class="review"><p>${t} Five stars, arrived quickly and works well in the field, we bought three more.</p></div>`;
    const reviews = `<div class="reviews">${review('Works well.')}${review('Sturdy.')}</div>`;
    const r = extractArticle(
      page('Water filter', `${NAV}<main><h1>Water filter</h1><div class="product">${description}${reviews}</div></main>${FOOTER}`),
    );
    assert.ok(r.body.includes('forty litres an hour'));
    assert.ok(!r.body.includes('Five stars'));
  });

  it("keeps a block only named like furniture when it holds much of the page's prose, and drops a named menu", () => {
    const prose = (t: string): string =>
      `<p>${t.replace('<br>', ' ')} The agency said the convoys would continue all winter, whatever the weather in the passes.</p>`;
    // Two sections, nearly half of the prose each.
    const sections = POSTS.slice(0, 2)
      .map((t, i) => `<div class="section lm_navSource" id="sec-${i}">${prose(t)}</div>`)
      .join('');
    const menu =
      '<div class="side-menu"><a href="/a">Water</a> <a href="/b">Shelter</a> <a href="/c">Health and nutrition programmes</a></div>';
    const r = extractArticle(page('Services', `${NAV}<div class="page"><h1>Our services</h1>${menu}${sections}</div>${FOOTER}`));
    for (const t of POSTS.slice(0, 2)) assert.ok(r.body.includes(t.slice(0, 30)), t.slice(0, 30));
    assert.ok(!r.body.includes('Health and nutrition programmes'));
  });

  it("keeps a grid whose every card's text sits in a block named like furniture ('caption'), and drops one such block alone", () => {
    const names = [
      'Short-throw projector 4K',
      'Laser projector 6000 lumens',
      'Portable mini projector',
      'Outdoor projector screen',
      'Ceiling mount kit',
    ];
    const cards = names
      .map(
        (n, i) =>
          `<div class="col"><a class="box" href="/p/${i}"><img src="/i/${i}.jpg"><div class="caption">${n}<br>Price: $${400 + i}.00</div></a></div>`,
      )
      .join('');
    const r = extractArticle(
      page(
        'Projectors',
        `${NAV}<div class="content"><div class="hero-caption">Photo credits: studio archive and partner brands</div>` +
          `<div class="products">${cards}</div></div><footer><a href="/terms">Terms of sale</a></footer>`,
      ),
    );
    for (const n of names) assert.ok(r.body.includes(n), `${n}: ${r.body}`);
    assert.ok(!r.body.includes('Photo credits'), r.body);
  });

  it('drops a modal dialog of terms whose prose outweighs a short product page, even inside a page-wide footer', () => {
    const terms = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Section ${i + 1}. These terms apply to your access and use of our online services, and any dispute ` +
        'arising from them shall be resolved by binding arbitration on an individual basis, as set out below.</p>',
    ).join('');
    const r = extractArticle(
      page(
        'Wool runner',
        `${NAV}<main><h1>Wool runner</h1><div class="pdp"><span>$98.00</span><div>Soft merino wool, cushioned sole, machine washable.</div></div></main>` +
          `<footer><a href="/help">Help</a><div id="modal-terms-of-service" class="fixed">${terms}</div></footer>`,
      ),
    );
    assert.ok(r.body.includes('Soft merino wool'), r.body);
    assert.ok(!r.body.includes('binding arbitration'), r.body);
  });

  it("keeps an article whose box is named for the page's modal state ('modal-enabled'): it holds the headline", () => {
    const story = POSTS.map((t) => `<p>${t.replace('<br>', ' ')} The agency said the convoys would continue all winter.</p>`).join('');
    const r = extractArticle(
      page('Convoys', `${NAV}<div class="box article modal-enabled"><h1>Convoys keep running</h1>${story}</div>${FOOTER}`),
    );
    assert.ok(r.body.includes('stamped by the ministry'), r.body);
  });

  it('drops a section a heading names as recommendations ("You may also like"), whether the heading opens a block or not', () => {
    const others = ['Folding camp stool', 'Steel water bottle', 'Wool blanket', 'Canvas tote'];
    const tiles = others
      .map((n, i) => `<div class="tile"><a href="/p/${i}"><img src="/i/${i}.jpg"></a><span>${n}</span> <span>$${10 + i}.00</span></div>`)
      .join('');
    const product =
      '<h1>Solar lantern</h1><span>$24.00</span><div>Lights a tent for a night and hangs from its handle.</div><h2>Specifications</h2><div>Battery: 2,000 mAh</div>';
    const opened = extractArticle(
      page(
        'Solar lantern',
        `${NAV}<main>${product}<div class="x1"><h2>You may also like</h2><div class="row">${tiles}</div></div></main><footer><a href="/terms">Terms of sale</a></footer>`,
      ),
    );
    const flat = extractArticle(
      page(
        'Solar lantern',
        `${NAV}<main>${product}<h2>People who viewed this item also viewed</h2><div class="row">${tiles}</div></main><footer><a href="/terms">Terms of sale</a></footer>`,
      ),
    );
    for (const r of [opened, flat]) {
      for (const x of ['Lights a tent for a night', 'Battery: 2,000 mAh']) assert.ok(r.body.includes(x), `${x}: ${r.body}`);
      for (const n of others) assert.ok(!r.body.includes(n), `${n}: ${r.body}`);
    }
  });

  it('keeps the text of a tab panel hidden until its tab is chosen, and drops a hidden block that is not one', () => {
    const panel = (id: string, text: string, hidden: boolean): string =>
      `<div role="tabpanel" id="${id}"${hidden ? ' hidden' : ''}><p>${text}</p></div>`;
    const r = extractArticle(
      page(
        'Solar lantern',
        `${NAV}<main><h1>Solar lantern</h1><div role="tablist"><a href="#d">Description</a><a href="#s">Care</a></div>` +
          panel('d', 'Lights a tent for a night and hangs from its handle; the panel charges in six hours of sun.', false) +
          panel('s', 'Wipe the panel with a damp cloth and store the lantern charged over the winter months.', true) +
          '<div hidden><p>Your basket is empty. Sign in to see the items you saved on another device.</p></div></main>' +
          '<footer><a href="/terms">Terms of sale</a></footer>',
      ),
    );
    assert.ok(r.body.includes('Wipe the panel with a damp cloth'), r.body);
    assert.ok(!r.body.includes('Your basket is empty'), r.body);
  });

  it("keeps an accordion's collapsed panels (labelled by their trigger, or a role=tablist panel group) and drops a hidden menu", () => {
    const faq = [
      ['How long does a permit take?', 'The ministry answers within ten working days once the stamped paper copy has arrived.'],
      ['Can the convoy carry fuel?', 'Only in sealed jerrycans declared at the border, at most two hundred litres a truck.'],
    ];
    const labelled = faq
      .map(
        ([q, a], i) =>
          `<h3><button id="q${i}" aria-controls="a${i}" aria-expanded="false">${q}</button></h3>` +
          `<div id="a${i}" aria-labelledby="q${i}" aria-hidden="true" hidden><p>${a}</p></div>`,
      )
      .join('');
    const group = `<div class="panel-group" role="tablist">${faq
      .map(([q, a]) => `<div class="panel"><h4><a href="#x" role="tab">${q}</a></h4><div class="panel-body"><p>${a}</p></div></div>`)
      .join('')}</div>`;
    const menu =
      '<div id="m" aria-labelledby="menu-button" hidden><a href="/a">Our offices</a> <a href="/b">Our team</a> <a href="/c">Careers</a></div>';
    const intro = '<p>We move relief goods across the northern border for agencies, with permits and customs handled for you.</p>';
    for (const accordion of [labelled, group]) {
      const r = extractArticle(
        page('Border logistics', `${NAV}<main><h1>Border logistics</h1>${intro}${accordion}${menu}</main>${FOOTER}`),
      );
      for (const [, a] of faq) assert.ok(r.body.includes(a!), `${a}: ${r.body}`);
      assert.ok(!r.body.includes('Careers'), r.body);
    }
  });

  it('keeps content sections named like furniture ("hero-banner", "feature-header"), and drops a sidebar and a link promo', () => {
    const hero = 'We move relief goods across the northern border for agencies, with permits and customs handled for you.';
    const feature = 'Every truck is tracked from the warehouse to the camp, and the agency sees its position on a live map.';
    const long = (topic: string): string =>
      `<section><h2>${topic}</h2><p>${topic} is planned with the agency a week ahead: the loads, the route, the permits and the people who receive the goods at the camp.</p>` +
      `<p>Our drivers know the roads of the valley and the border posts, and they report every delay to the agency as it happens, with the reason and a new time.</p></section>`;
    const body =
      `<main><h1>Border logistics</h1><div class="hero-banner"><h2>Relief logistics</h2><p>${hero}</p></div>` +
      `${long('Convoy planning')}<div class="feature-header"><h3>Tracking</h3><div>${feature}</div></div>${long('Customs')}` +
      '<div class="promo"><h3>Our partners</h3><a href="/p/1">Partner one and its warehouses</a> <a href="/p/2">Partner two and its trucks</a></div></main>' +
      '<div class="sidebar"><h3>About us</h3><p>Founded in 2009 by three drivers, the company now runs forty trucks from two depots.</p></div>';
    const r = extractArticle(page('Border logistics', `${NAV}${body}${FOOTER}`));
    for (const x of [hero, feature]) assert.ok(r.body.includes(x), `${x}: ${r.body}`);
    for (const x of ['Partner one', 'Founded in 2009']) assert.ok(!r.body.includes(x), `${x}: ${r.body}`);
  });

  it('keeps replies named "comment" on a page declaring a DiscussionForumPosting, drops a quote repeating a post, and still drops comments beside an article', () => {
    const opening =
      'We are planning the spring convoy to the northern camps and need drivers who know the valley roads. The permits are ready and the trucks are loaded.';
    const replies = [
      'I can drive the second truck, I did the valley road twice last winter and know the border post.',
      'Count me in for the return trip, but I cannot leave before the fourth of April because of the harvest.',
    ];
    const thread = (ld: string): string =>
      page(
        'Spring convoy',
        `${ld}${NAV}<main><h1>Spring convoy</h1><div class="post"><p>${opening}</p></div><div class="comments">` +
          `<div class="comment"><p>${replies[0]}</p></div>` +
          `<div class="comment"><blockquote><p>${replies[0]}</p></blockquote><p>${replies[1]}</p></div></div></main>${FOOTER}`,
      );
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Spring convoy"}</script>';
    const forum = extractArticle(thread(ld));
    for (const x of [opening, ...replies]) assert.ok(forum.body.includes(x), `${x}: ${forum.body}`);
    assert.equal(forum.body.split(replies[0]!).length, 2, forum.body);
    const article = extractArticle(thread(''));
    assert.ok(article.body.includes(opening) && !article.body.includes(replies[1]!), article.body);
  });

  it('renders a collection whose short intro sits beside a grid of product cards named "info" (mostly links)', () => {
    const names = [
      'Vertical wireless mouse with six buttons',
      'Trackball mouse for the left hand',
      'Compact travel mouse with a folding arch',
      'Silent office mouse in recycled plastic',
      'Pen mouse with a charging dock',
      'Joystick mouse for small hands',
      'Bluetooth vertical mouse, large size',
      'Wired trackball with a scroll ring',
      'Slim mouse with a thumb rest',
      'Ambidextrous vertical mouse, wired',
    ];
    const cards = names
      .map(
        (n, i) =>
          `<li class="item"><div class="product-info"><a href="/p/${i}">${n}</a><span class="price">$${30 + i}.99</span></div></li>`,
      )
      .join('');
    const r = extractArticle(
      page(
        'Ergonomic mice',
        `${NAV}<main><h1>Ergonomic mice</h1><div class="intro"><p>An ergonomic mouse keeps the hand and the wrist in a neutral position, ` +
          `and the forearm straight while you work.</p></div><ol class="products">${cards}</ol></main>${FOOTER}`,
      ),
    );
    assert.ok(r.body.includes('keeps the hand and the wrist'), r.body);
    for (const n of names) assert.ok(r.body.includes(n), `${n}: ${r.body}`);
    assert.ok(r.body.includes('$31.99'), r.body);
  });

  it('still drops the values of one table named "info" when they outweigh the page', () => {
    const rows = [
      'Cotton jersey of 180 grams a square metre, combed and ring-spun',
      'Machine wash at 30 degrees inside out, and dry flat away from the sun',
      'Knitted, dyed and sewn in Portugal by a family-run mill near Porto',
      'Regular fit through the chest and the waist, with a straight hem',
      'Crew neck with a ribbed collar that keeps its shape after washing',
      'Double-stitched hems at the sleeves and at the bottom of the tee',
      'Taped shoulders from seam to seam, so the neck does not stretch',
      'Pre-shrunk fabric: the size you order is the size you keep',
    ]
      .map((v, i) => `<dt>Detail ${i}</dt><dd class="spec-info">${v}</dd>`)
      .join('');
    const r = extractArticle(
      page(
        'Staple tee',
        `${NAV}<main><h1>Staple tee</h1><p>A heavy cotton tee with a relaxed shoulder, cut long enough to stay tucked in ` +
          `and thick enough to keep its shape after a hundred washes.</p><dl>${rows}</dl></main>${FOOTER}`,
      ),
    );
    assert.ok(r.body.includes('heavy cotton tee'), r.body);
    assert.ok(!r.body.includes('Machine wash'), r.body);
  });

  it('keeps a block whose class says what it is not ("elements not-footer"), and still drops the footer', () => {
    // A menu longer than the content, as site builders print one for phones and one for desktops.
    const MENU = ['Treadmills', 'Ellipticals', 'Exercise bikes', 'Rowing machines', 'Weight benches', 'Spare parts', 'Contact us']
      .map((m) => `<a href="/${m.length}">${m} repair and maintenance services</a>`)
      .join(' ');
    const r = extractArticle(
      page(
        'Treadmill repair',
        `${NAV}<div class="nav-wrap">${MENU}</div><div class="site-elements site-not-footer"><h2>Treadmill repair in town</h2>` +
          '<div class="paragraph">We repair every brand of treadmill at your home, replace belts and motors, and service the machines of gyms and hotels on a yearly contract.</div>' +
          '<div class="paragraph">Call us before nine and a technician comes the same day; parts for the common models travel in the van.</div></div>' +
          '<div class="site-footer">Copyright 2025 Treadmill Repair. All rights reserved, powered by a site builder.</div>',
      ),
    );
    assert.ok(r.body.includes('We repair every brand of treadmill'), r.body);
    assert.ok(!r.body.includes('powered by a site builder'), r.body);
  });
});
