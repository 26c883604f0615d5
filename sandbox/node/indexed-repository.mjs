// MemoryRepository with a patient-compartment index, so a search for one patient's resources
// visits that patient's resources only instead of every resource of the type.
//
// Why it is safe: Medplum's matcher (matchesSearchRequest → matchesReferenceFilter, 4.5.2) keeps a
// resource for a reference filter `code=eq V1,V2` exactly when one of the strings
// convertToSearchableReferences(evalFhirPathTyped(<code's expression>, resource)) equals one of
// splitSearchOnComma(value). The index stores those very strings, computed with the same
// functions from the same expression (globalSchema.types[T].searchParams[code].expression) when a
// resource is written, so the posting list of V is the exact set of resources that filter keeps.
// The search itself is still MemoryRepository.search (every filter matched by FHIRPath again, then
// Medplum's sort, offset, count and total), run over the candidates in the repository's own
// insertion order so that ties in `_sort` and unsorted pages come out exactly as a full scan's.
// Whenever the index cannot vouch for a search it falls back to the full scan: no EQUALS filter on
// an indexed parameter, an empty value, an expression that changed since indexing, or a
// resource whose expression threw (that resource is then a candidate of every search).
import {
  convertToSearchableReferences,
  evalFhirPathTyped,
  globalSchema,
  Operator,
  parseFhirPath,
  splitSearchOnComma,
  toTypedValue,
} from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';

/** Search parameters that name a resource's patient (Coverage has `beneficiary`). */
export const INDEXED_PARAMS = ['patient', 'subject', 'beneficiary'];

// The matcher looks a filter's parameter up by resource type and code in globalSchema; so do we.
function referenceParam(resourceType, code) {
  const param = globalSchema.types[resourceType]?.searchParams?.[code];
  return param?.type === 'reference' && typeof param.expression === 'string' ? param : undefined;
}

/** The per-type state: insertion order, postings and what each resource was filed under. */
class TypeIndex {
  constructor(resourceType) {
    this.resourceType = resourceType;
    this.order = new Map(); // id -> sequence number; mirrors MemoryRepository's Map order
    this.keys = new Map(); // id -> posting keys the resource is filed under
    this.postings = new Map(); // `${code}|${reference}` -> Set of ids
    this.unsure = new Set(); // ids whose expressions threw: candidates of every search
    this.expressions = new Map(); // code -> [expression string, parsed FHIRPath]
    for (const code of INDEXED_PARAMS) {
      const param = referenceParam(resourceType, code);
      if (param) this.expressions.set(code, [param.expression, parseFhirPath(param.expression)]);
    }
  }

  add(resource, sequence) {
    const { id } = resource;
    this.remove(id, false);
    if (!this.order.has(id)) this.order.set(id, sequence());
    const keys = [];
    try {
      for (const [code, [, ast]] of this.expressions) {
        const references = convertToSearchableReferences(evalFhirPathTyped(ast, [toTypedValue(resource)]));
        for (const reference of references) keys.push(`${code}|${reference}`);
      }
    } catch {
      this.unsure.add(id);
      return;
    }
    this.keys.set(id, keys);
    for (const key of keys) {
      let ids = this.postings.get(key);
      if (!ids) this.postings.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  remove(id, forget = true) {
    for (const key of this.keys.get(id) ?? []) {
      const ids = this.postings.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.postings.delete(key);
    }
    this.keys.delete(id);
    this.unsure.delete(id);
    if (forget) this.order.delete(id);
  }

  // The ids one EQUALS filter can keep, or undefined when the index cannot answer for it.
  candidatesFor(filter) {
    if (filter.operator !== Operator.EQUALS || !this.expressions.has(filter.code)) return undefined;
    // `code=` also keeps resources without any value (matchesReferenceFilter): not indexed.
    if (typeof filter.value !== 'string' || filter.value === '') return undefined;
    const [indexed] = this.expressions.get(filter.code);
    if (referenceParam(this.resourceType, filter.code)?.expression !== indexed) return undefined;
    const ids = new Set(this.unsure);
    for (const value of splitSearchOnComma(filter.value)) {
      for (const id of this.postings.get(`${filter.code}|${value}`) ?? []) ids.add(id);
    }
    return ids;
  }
}

export class IndexedMemoryRepository extends MemoryRepository {
  #types = new Map();
  #sequence = 0;
  #next = () => ++this.#sequence;
  /** False: every search scans, as MemoryRepository does (writes still keep the index current). */
  enabled = true;
  /** Counters for the engine's /_index (tests check that the index is really used). */
  stats = { narrowed: 0, scanned: 0, visited: 0, stale: 0 };

  #typeIndex(resourceType) {
    let index = this.#types.get(resourceType);
    if (!index) this.#types.set(resourceType, (index = new TypeIndex(resourceType)));
    return index;
  }

  // Every write of MemoryRepository (create, update, patch, transactions) ends here.
  async createResource(resource) {
    const stored = await super.createResource(resource);
    this.#typeIndex(stored.resourceType).add(stored, this.#next);
    return stored;
  }

  async deleteResource(resourceType, id) {
    await super.deleteResource(resourceType, id);
    this.#types.get(resourceType)?.remove(id);
  }

  clear() {
    super.clear();
    this.#types.clear();
  }

  async search(searchRequest) {
    const candidates = this.enabled ? this.#candidates(searchRequest) : undefined;
    if (!candidates) {
      this.stats.scanned++;
      return super.search(searchRequest);
    }
    this.stats.narrowed++;
    this.stats.visited += candidates.size;
    // MemoryRepository.search reads only `this.resources`: hand it a view holding the candidates.
    const view = Object.create(this, { resources: { value: new Map([[searchRequest.resourceType, candidates]]) } });
    return super.search.call(view, searchRequest);
  }

  // The candidates as a Map in the repository's own order, or undefined for a full scan.
  #candidates(searchRequest) {
    const { resourceType } = searchRequest;
    const index = this.#types.get(resourceType);
    const all = this.resources.get(resourceType);
    if (!index || !all) return undefined;
    let best;
    for (const filter of searchRequest.filters ?? []) {
      const ids = index.candidatesFor(filter);
      if (ids && (!best || ids.size < best.size)) best = ids;
    }
    if (!best) return undefined;
    const ordered = [...best].sort((a, b) => index.order.get(a) - index.order.get(b));
    const candidates = new Map();
    for (const id of ordered) {
      const resource = all.get(id);
      if (!resource) {
        this.stats.stale++; // index and store disagree (a bug): trust the scan
        return undefined;
      }
      candidates.set(id, resource);
    }
    return candidates;
  }
}
