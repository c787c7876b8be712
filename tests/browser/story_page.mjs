// Browser test of the web page: story list -> the story with the Passau flood translation pair
// -> its propagation trail, "translation of" badge and map of places -> an article -> search
// -> a speaker's quotes across stories.
// Takes screenshots, fails on any console error.
//
//   node tests/browser/story_page.mjs BASE_URL OUT_DIR
//
// Needs Debian's chromium (CHROMIUM=path to override) and the npm package playwright-core
// (installed by scripts/setup.sh into data/npm). Exit 0 on success, 1 with a message otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const TIMEOUT = 20_000;
// The translation pair of the sample corpus (examples/gold.json).
const PAIR = ['flood-en-01', 'flood-de-02'];

function loadPlaywright() {
  const places = [path.join(repo, 'data/npm/'), path.join(repo, 'scripts/npm/'), `${here}/`];
  for (const place of places) {
    try {
      return createRequire(place)('playwright-core');
    } catch {
      // try the next place
    }
  }
  throw new Error('playwright-core is not installed: run scripts/setup.sh --deps-only (it installs data/npm)');
}

class TestFailure extends Error {}
function check(condition, message) {
  if (!condition) throw new TestFailure(message);
}

const [baseArg, outArg] = process.argv.slice(2);
if (!baseArg || !outArg) {
  console.error('usage: node tests/browser/story_page.mjs BASE_URL OUT_DIR');
  process.exit(2);
}
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;
const outDir = path.resolve(outArg);
fs.mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(`FAIL: no browser at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(1);
}

const problems = []; // console errors, page errors, failed requests
const log = (msg) => console.log(`browser test: ${msg}`);

// Finds the story holding the translation pair; failing that, any story in both German and
// English with a translation link (a real corpus may cluster differently).
async function findPairStory(page) {
  return page.evaluate(async (pair) => {
    const get = async (p) => {
      const res = await fetch(p, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
      return res.json();
    };
    const { stories } = await get('api/v1/stories?limit=500');
    const bilingual = stories.filter((st) => st.languages?.includes('de') && st.languages?.includes('en'));
    let fallback = null;
    for (const st of bilingual.slice(0, 40)) {
      const detail = await get(`api/v1/stories/${encodeURIComponent(st.id)}`);
      const ids = Object.values(detail.articles_by_lang ?? {}).flat().map((a) => a.id);
      const hasTranslation = (detail.links ?? []).some((l) => l.kind === 'translation');
      if (pair.every((id) => ids.includes(id))) return { id: st.id, title: st.title, hasTranslation, byPair: true };
      if (hasTranslation && !fallback) fallback = { id: st.id, title: st.title, hasTranslation, byPair: false };
    }
    return fallback ?? { error: `no story in de and en with a translation among ${stories.length} stories` };
  }, PAIR);
}

async function main() {
  const { chromium } = loadPlaywright();
  let context;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  let page;
  try {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const watch = (p) => {
      p.setDefaultTimeout(TIMEOUT);
      p.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      p.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      p.on('requestfailed', (req) => {
        // The page cancels the requests of a view it leaves; that is not a failure.
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
      });
    };
    page = await context.newPage();
    watch(page);

    // 1. Story list
    log(`loading ${base}`);
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.story-list li.story a.story-link');
    const count = await page.locator('.story-list li.story').count();
    check(count > 0, 'the story list is empty');
    await page.waitForFunction(() => document.querySelector('#health')?.dataset.state);
    const health = await page.textContent('#health .health-text');
    check(!/unreachable/.test(health), `health says: ${health}`);
    check((await page.locator('.story-list svg.sparkline').count()) === count, 'a story has no sparkline');
    // Each card names its story's top entities, as the API lists them, each a filter link.
    const listedStories = await page.evaluate(async () => (await (await fetch('api/v1/stories')).json()).stories);
    const firstCard = page.locator('.story-list li.story').first();
    const shownEntities = await firstCard.locator('.story-entities a.entity-link').allTextContents();
    const apiEntities = (listedStories[0].top_entities ?? []).map((e) => e.canonical);
    check(apiEntities.length > 0, 'the API lists no top entities for the first story');
    check(JSON.stringify(shownEntities) === JSON.stringify(apiEntities), `card entities ${shownEntities} against ${apiEntities}`);
    log(`${count} stories listed (${health.trim()})`);
    await page.screenshot({ path: path.join(outDir, 'home.png'), fullPage: true });

    // 1b. Growing fastest: breaking stories first, each with its badge
    await page.selectOption('#f-sort', 'growth');
    await page.waitForFunction(() => location.hash.includes('sort=growth'));
    const api = await page.evaluate(async () => (await (await fetch('api/v1/stories?sort=growth')).json()).stories);
    await page.waitForFunction((first) => document.querySelector('.story-list li.story')?.dataset.id === first, api[0].id);
    const badges = await page.locator('.story-list li.story .breaking').count();
    check(badges === api.filter((st) => st.breaking).length, `${badges} breaking badges for ${api.filter((st) => st.breaking).length} breaking stories`);
    if (api[0].breaking) check((await page.locator('.story-list li.story').first().locator('.breaking').count()) === 1, 'the first story is breaking but has no badge');
    log(`growing fastest: ${api.filter((st) => st.breaking).length} breaking, first ${api[0].id}`);
    await page.screenshot({ path: path.join(outDir, 'home-growing.png'), fullPage: true });
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.story-list li.story a.story-link');

    // 2. The story with the translation pair, opened from the list like a user would
    const target = await findPairStory(page);
    check(!target.error, target.error);
    log(`story ${target.id}${target.byPair ? ` holds ${PAIR.join(' and ')}` : ' has a de/en translation'}`);
    const href = `#/story/${encodeURIComponent(target.id)}`;
    const link = page.locator(`a.story-link[href="${href.replace(/["\\]/g, '\\$&')}"]`);
    if (await link.count()) await link.first().click();
    else await page.evaluate((h) => (location.hash = h), href);
    await page.waitForSelector('.link-translation');
    const translations = await page.locator('.link-translation').allTextContents();
    check(
      translations.some((t) => t.includes('translation of')),
      `no .link-translation says "translation of" (found: ${JSON.stringify(translations)})`,
    );
    const title = (await page.textContent('main h1')).trim();
    check(title.length > 0, 'the story page has no title');
    check(await page.locator('svg.trail').count(), 'the story page has no propagation trail chart');
    check(await page.locator('svg.trail .edge-translation').count(), 'the trail draws no translation link');
    check(await page.locator('svg.trail .first-ring').count(), 'the trail does not mark the first article');
    for (const heading of ['Propagation trail', 'Places', 'Articles by language', 'Entities', 'Quotes']) {
      check(await page.locator('main h2', { hasText: heading }).count(), `the story page has no "${heading}" section`);
    }
    check(await page.locator('.lang-group').count() >= 2, 'articles are not grouped by language');
    // The story's language clusters, as the API lists them (the panel shows when there are two or more).
    const detail = await page.evaluate(async (id) => (await (await fetch(`api/v1/stories/${encodeURIComponent(id)}`)).json()).clusters, target.id);
    const shown = await page.locator('.cluster-list li').evaluateAll((els) => els.map((el) => el.dataset.cluster));
    check(
      JSON.stringify(shown) === JSON.stringify(detail.length > 1 ? detail.map((c) => c.cluster_id) : []),
      `language clusters shown ${JSON.stringify(shown)}, the API lists ${JSON.stringify(detail.map((c) => c.cluster_id))}`,
    );
    log(`${detail.length} language clusters`);
    log(`story "${title}": ${translations.length} translation badge(s)`);

    // The map of the story's places: a dot for Passau, the focus, on the land outline.
    await page.waitForSelector('svg.place-map path.land');
    const dots = await page.locator('svg.place-map .place-dot').evaluateAll((els) =>
      els.map((el) => ({ name: el.dataset.name, focus: el.classList.contains('focus'), at: el.getAttribute('transform') })),
    );
    const passau = dots.find((d) => d.name === 'Passau');
    check(passau, `the map has no dot for Passau (dots: ${dots.map((d) => d.name).join(', ')})`);
    check(passau.focus, 'Passau is not the focus of the flood story on the map');
    check(dots.filter((d) => d.focus).length === 1, 'the map has more than one focus');
    // Equirectangular: x = longitude, y = -latitude (Passau 48.57 N, 13.43 E).
    const [x, y] = passau.at.match(/-?[\d.]+/g).map(Number);
    check(Math.abs(x - 13.43) < 0.1 && Math.abs(y + 48.57) < 0.1, `Passau is drawn at ${passau.at}`);
    const listed = await page.locator('.place-list li').allTextContents();
    check(listed.length === dots.length && listed[0].includes('Passau'), `the place list does not start with Passau: ${JSON.stringify(listed)}`);
    const label = await page.locator('svg.place-map .place-dot.focus .place-label').evaluate((el) => getComputedStyle(el).opacity);
    check(label === '1', 'the focus is not labelled on the map');
    log(`map: ${dots.length} places (${dots.map((d) => d.name).join(', ')}), focus Passau`);
    await page.locator('section[aria-labelledby="places-heading"]').screenshot({ path: path.join(outDir, 'story-map.png') });
    await page.screenshot({ path: path.join(outDir, 'story.png'), fullPage: true });

    // 3. The same page on a phone-sized screen: the chart redraws to fit
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => Number(document.querySelector('svg.trail')?.getAttribute('width')) <= 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 1, `the story page is ${overflow}px wider than a 390px screen`);
    await page.screenshot({ path: path.join(outDir, 'story-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 4. Follow the "translation of" link to the original article
    await page.locator('.link-translation a').first().click();
    await page.waitForSelector('.article-text p');
    check((await page.locator('.article-text p').count()) > 0, 'the article page shows no text');
    log(`article "${(await page.textContent('main h1')).trim()}"`);
    await page.screenshot({ path: path.join(outDir, 'article.png'), fullPage: true });

    // 5. Search from the top bar
    await page.fill('#search-input', 'Passau');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('.hit-list .hit, main .notice');
    const hits = await page.locator('.hit-list .hit').count();
    check(hits > 0, 'searching for "Passau" found nothing');
    log(`search "Passau": ${hits} hits`);
    await page.screenshot({ path: path.join(outDir, 'search.png'), fullPage: true });
    // A place as German spells it finds the reports that spell it otherwise, and says so
    // (a server that widens queries, as the real one does: its answer lists the spellings).
    const widens = 'spellings' in (await (await fetch(`${base}api/v1/search?q=Dschalal-Abad`)).json());
    await page.fill('#search-input', 'Dschalal-Abad');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('main h1:has-text("Dschalal-Abad")');
    await page.waitForSelector('.hit-list .hit, main .notice');
    if (widens) {
      check((await page.locator('.search-widened').count()) === 1, 'the search says nothing of the spellings it added');
      const note = await page.textContent('.search-widened');
      check(note.includes('Jalal-Abad'), `the search note does not name "Jalal-Abad": ${note}`);
      const ids = await page.locator('.hit-list .hit .small').allTextContents();
      check(ids.some((t) => t.startsWith('quake-en-')), `"Dschalal-Abad" did not find the English report: ${ids}`);
      log(`search "Dschalal-Abad": ${note}`);
      await page.screenshot({ path: path.join(outDir, 'search-spellings.png'), fullPage: true });
    }
    // A name of two entities says which it was searched as, each fuller name a search of its own.
    const named = (await (await fetch(`${base}api/v1/search?q=Dortmund`)).json()).names;
    if (Array.isArray(named) && named.some((n) => n.entities.length > 1)) {
      await page.fill('#search-input', 'Dortmund');
      await page.press('#search-input', 'Enter');
      await page.waitForSelector('.search-readings');
      const readings = await page.textContent('.search-readings');
      await page.screenshot({ path: path.join(outDir, 'search-readings.png'), fullPage: true });
      check(readings.includes('Borussia Dortmund') && readings.includes('place'), `the readings of "Dortmund" are not named: ${readings}`);
      await page.click('.search-readings a');
      await page.waitForSelector('main h1:has-text("Borussia Dortmund")');
      log(`search "Dortmund": ${readings}`);
    }

    // 5b. A speaker's quotes across stories, from the story page's quote section
    await page.evaluate((h) => (location.hash = h), href);
    await page.waitForSelector('section[aria-labelledby="quotes-heading"] .speaker-link');
    const speakerLink = page.locator('section[aria-labelledby="quotes-heading"] .speaker-link').first();
    const speaker = (await speakerLink.evaluate((el) => el.closest('h3').querySelector('bdi').textContent)).trim();
    await speakerLink.click();
    await page.waitForSelector('.speaker-quotes li, main .notice');
    const said = await page.evaluate(async (name) => (await (await fetch(`api/v1/quotes?speaker=${encodeURIComponent(name)}&limit=500`)).json()).quotes, speaker);
    const shownQuotes = await page.locator('.speaker-quotes li q').allTextContents();
    check(said.length > 0 && shownQuotes.length > 0, `no quotes shown for ${speaker}, who is quoted in the story`);
    check(shownQuotes.length === new Set(said.map((q) => `${q.speaker}\u0000${q.text.trim()}`)).size, `${shownQuotes.length} quotes shown, the API lists ${said.length} (with reprints)`);
    check(shownQuotes.every((t) => said.some((q) => q.text.trim() === t.trim())), 'a quote shown that the API does not list');
    check((await page.locator('.speaker-quotes li a.quote-source').count()) === said.length, 'not every article carrying a quote is linked');
    check((await page.locator('.speaker-quotes li a.quote-story').count()) === shownQuotes.length, 'not every quote links its story');
    log(`quotes by ${speaker}: ${shownQuotes.length} (in ${said.length} articles)`);
    await page.screenshot({ path: path.join(outDir, 'speaker.png'), fullPage: true });
    await page.locator('.speaker-quotes li a.quote-source').first().click();
    await page.waitForSelector('.article-text p');

    // 6. Markup in data stays text
    const hostile = '<img src=x onerror="window.__injected=1">';
    await page.goto(`${base}#/?source=${encodeURIComponent(hostile)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.story-list .empty, .story-list li.story');
    // The list may still show the previous view for a moment: wait for the filtered one.
    await page.waitForFunction((h) => document.querySelector('main')?.textContent.includes(h),
                               hostile, { timeout: 10000 }).catch(() => {});
    const injected = await page.evaluate(() => window.__injected === 1 || !!document.querySelector('main img'));
    check(!injected, 'markup in a filter value was interpreted as HTML');
    check((await page.textContent('main')).includes(hostile), 'the filter value is not shown as text');

    // 7. Arabic reads right to left inside the English page: headlines, titles and text take
    //    their direction from their own first letters (tests/browser/arabic.jsonl).
    await page.goto(base, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.story-list li.story:not(.skeleton) a.story-link');
    const arabic = listedStories.find((st) => (st.languages ?? []).includes('ar'));
    check(arabic, 'no Arabic story listed (tests/browser/arabic.jsonl was not ingested?)');
    const direction = (loc) => loc.evaluate((el) => getComputedStyle(el).direction);
    const arCard = page.locator(`.story-list li.story[data-id="${arabic.id}"] .story-title`);
    const deCard = page.locator('.story-list li.story .story-title').first();
    check((await direction(arCard)) === 'rtl', 'an Arabic story headline is not set right to left');
    check((await direction(deCard)) === 'ltr', 'a German story headline is set right to left');
    await page.evaluate(() => (location.hash = '#/article/ar-flood-01'));
    await page.waitForSelector('.article-text p');
    check((await direction(page.locator('main h1'))) === 'rtl', 'an Arabic article title is not set right to left');
    check((await direction(page.locator('.article-text p').first())) === 'rtl', 'Arabic article text is not set right to left');
    check((await direction(page.locator('.meta-list dt').first())) === 'ltr', 'the page around Arabic text was turned right to left');
    log(`Arabic story ${arabic.id}: headline, title and text right to left`);
    await page.screenshot({ path: path.join(outDir, 'article-arabic.png'), fullPage: true });

    // 8. The list refreshes itself every 60 s without rebuilding stories that did not change
    const timed = await context.newPage();
    watch(timed);
    await timed.clock.install();
    let listRequests = 0;
    timed.on('request', (req) => {
      if (new URL(req.url()).pathname.endsWith('/api/v1/stories')) listRequests += 1;
    });
    await timed.goto(base, { waitUntil: 'domcontentloaded' });
    // Not the loading skeleton (also li.story), which a slow first answer leaves up for a while.
    const real = '.story-list li.story:not(.skeleton)';
    await timed.waitForSelector(real);
    await timed.evaluate((sel) => (window.__firstStory = document.querySelector(sel)), real);
    const before = listRequests;
    const stamp = await timed.textContent('.status-line .updated');
    const refreshed = timed.waitForResponse((res) => new URL(res.url()).pathname.endsWith('/api/v1/stories'));
    await timed.clock.runFor(61_000);
    await refreshed.catch(() => {});
    check(listRequests > before, 'the story list did not refresh after 60 s');
    // The "updated HH:MM" stamp moves (a minute passed) once the refreshed list is on the page.
    await timed.waitForFunction((t) => document.querySelector('.status-line .updated')?.textContent !== t, stamp);
    const kept = await timed.evaluate((sel) => window.__firstStory === document.querySelector(sel), real);
    check(kept, 'refreshing rebuilt a story that did not change');
    log('auto-refresh after 60 s keeps unchanged stories in place');
    await timed.close();
  } catch (err) {
    if (page) await page.screenshot({ path: path.join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await browser.close();
  }
  check(problems.length === 0, `the page reported errors:\n  ${problems.join('\n  ')}`);
}

main().then(
  () => {
    log(`PASS (screenshots in ${outDir})`);
  },
  (err) => {
    console.error(`browser test: FAIL: ${err instanceof TestFailure ? err.message : err.stack || err}`);
    if (problems.length && !(err instanceof TestFailure && err.message.startsWith('the page reported'))) {
      console.error(`  page errors seen:\n  ${problems.join('\n  ')}`);
    }
    process.exit(1);
  },
);
