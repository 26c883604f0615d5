// MemoryRepository with a patient-compartment index, so a search for one patient's resources
// visits that patient's resources only instead of every resource of the type.
//
// Why it is exact: Medplum's matcher (matchesSearchRequest → matchesReferenceFilter, 4.5.2) keeps
// a resource for a reference filter `code=V1,V2` (EQUALS) exactly when one of the strings
// convertToSearchableReferences(evalFhirPathTyped(<code's expression>, resource)) equals one of
// splitSearchOnComma(value). The index stores those very strings, computed with the same
// functions from the same expression (globalSchema.types[T].searchParams[code].expression) when a
// resource is written -- as Medplum's own server fills its reference columns -- so the posting
// list of V is exactly the set of resources that filter keeps. The search itself is still
// MemoryRepository.search (the other filters matched by FHIRPath, then Medplum's sort, offset,
// count and total), run over the candidates in the repository's own insertion order so that ties
// in `_sort` and unsorted pages come out exactly as a full scan's. The filter the index answered
// is not evaluated again: for `patient` that FHIRPath union over 32 resource types costs ~1 ms
// per resource, the very cost the index removes (913 Observations of one Synthea patient: 1 s).
// Whenever the index cannot vouch for a search it falls back to the full scan: no EQUALS filter on
// an indexed parameter, an empty value, or an expression that changed since indexing. A resource
// whose expression threw is a candidate of every search on that parameter, which is then matched
// by FHIRPath like the others (and fails as the scan fails).
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
    this.postings = new Map(); // `${code}|${reference}` -> Set of ids
    this.unsure = new Map(); // code -> Set of ids whose expression threw: candidates of every search
    this.filed = new Map(); // id -> [map, key] pairs it is filed under, to unfile on update/delete
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
    const filed = [];
    const file = (map, key) => {
      let ids = map.get(key);
      if (!ids) map.set(key, (ids = new Set()));
      ids.add(id);
      filed.push([map, key]);
    };
    for (const [code, [, ast]] of this.expressions) {
      let references;
      try {
        references = convertToSearchableReferences(evalFhirPathTyped(ast, [toTypedValue(resource)]));
      } catch {
        file(this.unsure, code); // e.g. `subject: {reference: 5}`: the matcher throws on it too
        continue;
      }
      for (const reference of references) file(this.postings, `${code}|${reference}`);
    }
    this.filed.set(id, filed);
  }

  remove(id, forget = true) {
    for (const [map, key] of this.filed.get(id) ?? []) {
      const ids = map.get(key);
      ids?.delete(id);
      if (ids?.size === 0) map.delete(key);
    }
    this.filed.delete(id);
    if (forget) this.order.delete(id);
  }

  // The ids one EQUALS filter can keep and whether they are exactly its matches, or undefined
  // when the index cannot answer for that filter.
  candidatesFor(filter) {
    if (filter.operator !== Operator.EQUALS || !this.expressions.has(filter.code)) return undefined;
    // `code=` also keeps resources without any value (matchesReferenceFilter): not indexed.
    if (typeof filter.value !== 'string' || filter.value === '') return undefined;
    const [indexed] = this.expressions.get(filter.code);
    if (referenceParam(this.resourceType, filter.code)?.expression !== indexed) return undefined;
    const unsure = this.unsure.get(filter.code);
    const ids = new Set(unsure);
    for (const value of splitSearchOnComma(filter.value)) {
      for (const id of this.postings.get(`${filter.code}|${value}`) ?? []) ids.add(id);
    }
    return { ids, exact: !unsure };
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
    const narrowed = this.enabled ? this.#narrow(searchRequest) : undefined;
    if (!narrowed) {
      this.stats.scanned++;
      return super.search(searchRequest);
    }
    const { candidates, answered } = narrowed;
    this.stats.narrowed++;
    this.stats.visited += candidates.size;
    const filters = searchRequest.filters.filter((filter) => filter !== answered);
    // MemoryRepository.search reads only `this.resources`: hand it a view holding the candidates.
    const view = Object.create(this, { resources: { value: new Map([[searchRequest.resourceType, candidates]]) } });
    return super.search.call(view, { ...searchRequest, filters });
  }

  // The smallest candidate set an indexed filter yields, as a Map in the repository's own order,
  // and that filter when the index answered it exactly; undefined for a full scan.
  #narrow(searchRequest) {
    const { resourceType } = searchRequest;
    // A type never written (no DeviceRequest in this store yet) has no index and no resources:
    // an indexed filter's answer is then exactly empty, as the scan's is.
    const index = this.#types.get(resourceType) ?? new TypeIndex(resourceType);
    const all = this.resources.get(resourceType) ?? new Map();
    let best;
    let answered;
    for (const filter of searchRequest.filters ?? []) {
      const found = index.candidatesFor(filter);
      if (found && (!best || found.ids.size < best.ids.size)) [best, answered] = [found, filter];
    }
    if (!best) return undefined;
    const ordered = [...best.ids].sort((a, b) => index.order.get(a) - index.order.get(b));
    const candidates = new Map();
    for (const id of ordered) {
      const resource = all.get(id);
      if (!resource) {
        this.stats.stale++; // index and store disagree (a bug): trust the scan
        return undefined;
      }
      candidates.set(id, resource);
    }
    // Candidates the index could not file must meet every filter, that one included.
    return { candidates, answered: best.exact ? answered : undefined };
  }
}
