import type { MenteeProfile, MentorProfile, RelationshipStage } from '../model';
import { InvalidOptionsError, MentorshipKitError } from '../model/errors';
// Value imports from the defining files, not the model barrel, so a bundle of
// matching does not keep every model schema.
import { primaryLanguage } from '../model/language-tag';
import { isActiveStage, isTerminalStage } from '../model/relationship-stage';
import type { Path, ValidationIssue } from '../model/validation-error';
import {
  availabilityWords,
  popcount32,
  quarterMinutes,
  quartersPerWeek,
  referenceWeekStart,
  weeklyUtcBitmap,
  ZoneOffsets,
} from './availability';
import { matchingErrorKey } from './matching-error-key';
import type { RelationshipRef, ResolvedOptions } from './options';
import { programFieldIssues } from './program-criteria';

/** Pair-level veto flags, one bit each. */
export const vetoFlags = {
  excludedByMentee: 1,
  excludedByMentor: 2,
  historyEnded: 4,
  historyOpen: 8,
  /** The same id on both sides: nobody mentors themselves. */
  samePerson: 16,
} as const;

const channelBits: Readonly<Record<string, number>> = {
  email: 1,
  phone: 2,
  video: 4,
  chat: 8,
  'in-person': 16,
};

/**
 * Everything the scorer needs about a cohort, computed once: topics,
 * languages and channels interned to bitsets, weekly availability as UTC
 * bitmaps, capacities after existing relationships, and the ranked and
 * excluded lists as index lists. The score kernel reads only these arrays.
 */
export interface CohortFeatures {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  readonly options: ResolvedOptions;
  readonly nMentors: number;
  readonly nMentees: number;
  readonly topicWords: number;
  readonly mentorTopics: Int32Array;
  readonly menteeTopics: Int32Array;
  readonly menteeTopicCount: Int32Array;
  readonly languageWords: number;
  readonly mentorLanguages: Int32Array;
  readonly menteeLanguages: Int32Array;
  readonly mentorChannels: Uint8Array;
  readonly menteeChannels: Uint8Array;
  readonly menteeChannelCount: Uint8Array;
  readonly menteeRoleKinds: number;
  readonly mentorRole: Int32Array;
  readonly menteeRole: Int32Array;
  /** `roleFit[mentorRole * menteeRoleKinds + menteeRole]`. */
  readonly roleFit: Float64Array;
  readonly mentorYears: Float64Array;
  readonly menteeYears: Float64Array;
  readonly mentorTooJunior: Uint8Array;
  /** 1 for mentors no mentee can have: too junior or no free place. */
  readonly mentorBlocked: Uint8Array;
  /** `topicTable[count * topicStride + shared]` = shared / count, exact. */
  readonly topicTable: Float64Array;
  readonly topicStride: number;
  /** `channelTable[count * 32 + sharedMask]` = popcount(sharedMask) / count. */
  readonly channelTable: Float64Array;
  /** `availabilityTable[quarters]` = min(1, minutes / target). */
  readonly availabilityTable: Float64Array;
  readonly mentorAvailability: Int32Array;
  readonly mentorAvailabilityMask: Int32Array;
  readonly mentorHasSlots: Uint8Array;
  readonly menteeAvailability: Int32Array;
  readonly menteeAvailabilityMask: Int32Array;
  readonly menteeHasSlots: Uint8Array;
  readonly mentorOrganization: Int32Array;
  readonly menteeOrganization: Int32Array;
  readonly mentorActive: Int32Array;
  readonly mentorFree: Int32Array;
  readonly menteeActive: Int32Array;
  readonly menteeMax: Int32Array;
  readonly menteeFree: Int32Array;
  /** Per mentee, the cohort mentors it ranked: CSR by mentee. */
  readonly preferenceStart: Int32Array;
  readonly preferenceMentor: Int32Array;
  readonly preferenceValue: Float64Array;
  readonly preferenceRank: Int32Array;
  /** Per mentee, pair-level vetoes: CSR by mentee. */
  readonly vetoStart: Int32Array;
  readonly vetoMentor: Int32Array;
  readonly vetoFlag: Uint8Array;
  /** Per pair with history, the stage of the relationship that explains the veto. */
  readonly historyStage: ReadonlyMap<string, RelationshipStage>;
  /** Per topic id, the mentors who offer it: CSR by topic (rows count shared topics sparsely). */
  readonly topicMentorStart: Int32Array;
  readonly topicMentor: Int32Array;
  /** Per availability word, the distinct non-zero bit patterns of mentors in it: CSR by word. */
  readonly slotPatternStart: Int32Array;
  readonly slotPatternBits: Int32Array;
  /** Per pattern, the mentors with exactly those bits in its word: CSR by pattern. */
  readonly slotMemberStart: Int32Array;
  readonly slotMentor: Int32Array;
  /** One entry: the key of "no slots to compare" after the quarter counts. */
  readonly mentorOffsets: Int32Array;
  /** Per mentor, `quartersPerWeek + 1`: the key used when the mentee has no slots. */
  readonly mentorOffsetKey: Int32Array;
  /** Per mentor, 0 when it has slots (the shared quarters decide), else its `mentorOffsetKey`. */
  readonly mentorAvailabilityKey: Int32Array;
  /** The distinct years of experience of the cohort's mentors, and each mentor's index in it. */
  readonly mentorYearValues: Float64Array;
  readonly mentorYearIndex: Int32Array;
  /** Number of distinct mentor roles (`roleFit` has this many rows). */
  readonly mentorRoleKinds: number;
  readonly mentorIndex: ReadonlyMap<string, number>;
  readonly menteeIndex: ReadonlyMap<string, number>;
  /** Number of the programme's attribute criteria (the first ones of `options.programCriteria`). */
  readonly attributeCount: number;
  /** Per attribute criterion, 1 when the programme prefers the same value, 0 for different. */
  readonly attributeSame: Uint8Array;
  /** `mentorAttribute[m * attributeCount + k]`: the value's id, -1 when not given. */
  readonly mentorAttribute: Int32Array;
  /** Like `mentorAttribute`; -2 for a value no mentor gave (stated, equal to none). */
  readonly menteeAttribute: Int32Array;
  /** Number of questionnaire items (0 without a questionnaire). */
  readonly itemCount: number;
  /** `mentorAnswers[m * itemCount + q]`: the answer, NaN when not given. */
  readonly mentorAnswers: Float64Array;
  readonly menteeAnswers: Float64Array;
}

class Interner {
  readonly ids = new Map<string, number>();
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** A label compared without case and extra spaces (organisations, attribute values). */
export function normalizeLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

function roleTokens(role: string): Set<string> {
  return new Set(role.split(/[\s\-_/,.&]+/).filter((token) => token.length >= 3));
}

/**
 * How well a mentor's role fits a target role: 1 same, 0.5 a shared word, 0
 * otherwise; without a target role the criterion is unknown (0, left out of the mean).
 */
export function roleFitValue(mentorRole: string, targetRole: string | undefined): number {
  if (targetRole === undefined) return 0;
  const a = normalizeLabel(mentorRole);
  const b = normalizeLabel(targetRole);
  if (a === b) return 1;
  const tokens = roleTokens(a);
  for (const token of roleTokens(b)) if (tokens.has(token)) return 0.5;
  return 0;
}

function setBit(out: Int32Array, offset: number, bit: number): void {
  const index = offset + (bit >>> 5);
  out[index] = (out[index] as number) | (1 << (bit & 31));
}

/** `TypedArray.from(list, fn)` as a plain loop: V8 runs `from` through the iterator protocol, far slower. */
function typedMap<A extends Int32Array | Uint8Array | Float64Array, T>(
  out: A,
  list: readonly T[],
  fn: (item: T, index: number) => number,
): A {
  for (let index = 0; index < list.length; index++) out[index] = fn(list[index] as T, index);
  return out;
}

/** `new Set(list).size`, without a set for the usual short lists. */
function distinctCount(list: readonly string[]): number {
  if (list.length > 16) return new Set(list).size;
  let count = 0;
  for (let index = 0; index < list.length; index++) {
    if (list.indexOf(list[index] as string) === index) count++;
  }
  return count;
}

function wordMask(bitmap: Int32Array, offset: number): number {
  let mask = 0;
  for (let word = 0; word < availabilityWords; word++) {
    if ((bitmap[offset + word] as number) !== 0) mask |= 1 << word;
  }
  return mask;
}

function pairKey(mentorIndex: number, menteeIndex: number): string {
  return `${mentorIndex}:${menteeIndex}`;
}

/** Key of {@link CohortFeatures.historyStage}. */
export { pairKey };

function indexById(
  people: readonly { readonly id: string }[],
  side: 'mentors' | 'mentees',
): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, position) => {
    if (index.has(person.id)) {
      throw new MentorshipKitError(`The id "${person.id}" appears twice among the ${side}`, {
        code: 'duplicate_id',
        messageKey: matchingErrorKey('matching.error.duplicate_id'),
        params: { value: person.id, side },
        path: [side, position, 'id'],
      });
    }
    index.set(person.id, position);
  });
  return index;
}

/** Most places a mentor can offer: beyond it counts could overflow the kernel's integers. */
const maxCapacity = 1_000_000;

/**
 * Checks the numbers the kernel stores in integer arrays: a profile that did
 * not go through `parseMentorProfile` may carry `2 ** 32` or `1.5`, which
 * would wrap or truncate silently.
 *
 * @throws {@link InvalidOptionsError} naming the bad field's path.
 */
export function checkPeople(
  caller: string,
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options?: ResolvedOptions,
): void {
  const issues: ValidationIssue[] =
    options === undefined ? [] : programFieldIssues(options.program, mentors, mentees);
  const wholeNumber = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  const bad = (path: Path, value: unknown, kind: 'capacity' | 'not_finite') =>
    issues.push({
      path,
      code: 'invalid_value',
      messageKey: matchingErrorKey(
        kind === 'not_finite' ? 'matching.error.not_finite' : 'matching.error.capacity',
      ),
      params: { value: String(value), maximum: maxCapacity },
    });
  mentors.forEach((mentor, m) => {
    if (!wholeNumber(mentor.capacity, 0, maxCapacity)) {
      bad(['mentors', m, 'capacity'], mentor.capacity, 'capacity');
    }
    if (!finite(mentor.yearsExperience)) {
      bad(['mentors', m, 'yearsExperience'], mentor.yearsExperience, 'not_finite');
    }
  });
  mentees.forEach((mentee, e) => {
    if (mentee.maxMentors !== undefined && !wholeNumber(mentee.maxMentors, 1, maxCapacity)) {
      bad(['mentees', e, 'maxMentors'], mentee.maxMentors, 'capacity');
    }
    if (!finite(mentee.yearsExperience)) {
      bad(['mentees', e, 'yearsExperience'], mentee.yearsExperience, 'not_finite');
    }
  });
  if (issues.length > 0) throw new InvalidOptionsError(caller, issues);
}

/**
 * What the scorer needs about the mentors alone, computed once: a cohort
 * build attaches its mentees to it, and a mentor pool keeps it across
 * requests. Mentee topics and languages are looked up, never added: a topic
 * or language no mentor has cannot be shared, so it needs no bit.
 */
export interface MentorSide {
  readonly mentors: readonly MentorProfile[];
  readonly options: ResolvedOptions;
  readonly nMentors: number;
  readonly mentorIndex: ReadonlyMap<string, number>;
  readonly topics: ReadonlyMap<string, number>;
  readonly topicWords: number;
  readonly mentorTopics: Int32Array;
  readonly topicMentorStart: Int32Array;
  readonly topicMentor: Int32Array;
  /** Language id per primary subtag. */
  readonly languages: ReadonlyMap<string, number>;
  readonly languageWords: number;
  readonly mentorLanguages: Int32Array;
  readonly mentorChannels: Uint8Array;
  readonly mentorRoles: ReadonlyMap<string, number>;
  readonly mentorRole: Int32Array;
  readonly mentorRoleKinds: number;
  /** Per target role, its fit with each mentor role (bounded memo). */
  readonly roleColumns: Map<string, Float64Array>;
  readonly mentorYears: Float64Array;
  readonly mentorYearValues: Float64Array;
  readonly mentorYearIndex: Int32Array;
  readonly mentorTooJunior: Uint8Array;
  readonly weekStart: number;
  /** Offsets memo shared by every mentee attached later. */
  readonly zones: ZoneOffsets;
  readonly mentorAvailability: Int32Array;
  readonly mentorAvailabilityMask: Int32Array;
  readonly mentorHasSlots: Uint8Array;
  readonly slotPatternStart: Int32Array;
  readonly slotPatternBits: Int32Array;
  readonly slotMemberStart: Int32Array;
  readonly slotMentor: Int32Array;
  readonly mentorOffsets: Int32Array;
  readonly mentorOffsetKey: Int32Array;
  readonly mentorAvailabilityKey: Int32Array;
  /** Organisation id per normalised label. */
  readonly organizations: ReadonlyMap<string, number>;
  readonly mentorOrganization: Int32Array;
  readonly mentorActive: Int32Array;
  readonly mentorFree: Int32Array;
  readonly mentorBlocked: Uint8Array;
  /** Every relationship of the options, by mentee id. */
  readonly relationshipsByMentee: ReadonlyMap<string, readonly RelationshipRef[]>;
  /** Per mentee id, the mentors that excluded them. */
  readonly excludedBy: ReadonlyMap<string, readonly number[]>;
  readonly channelTable: Float64Array;
  readonly availabilityTable: Float64Array;
  readonly attributeCount: number;
  readonly attributeSame: Uint8Array;
  /** Per attribute criterion, the id of each normalised value mentors gave. */
  readonly attributeValues: readonly ReadonlyMap<string, number>[];
  readonly mentorAttribute: Int32Array;
  readonly itemCount: number;
  readonly mentorAnswers: Float64Array;
}

const maxRoleColumns = 1024;

/** The programme's attribute criteria, in summation order. */
function attributeCriteria(options: ResolvedOptions) {
  return options.programCriteria.filter((criterion) => criterion.kind === 'attribute');
}

/** A person's value of an attribute, normalised; undefined when not given (or blank). */
function attributeValue(person: MentorProfile | MenteeProfile, key: string): string | undefined {
  const values = person.attributes;
  if (values === undefined || !Object.hasOwn(values, key)) return undefined;
  const value = values[key];
  if (typeof value !== 'string') return undefined;
  const normalized = normalizeLabel(value);
  return normalized === '' ? undefined : normalized;
}

/** People's questionnaire answers as a dense matrix, NaN where none was given. */
function answerMatrix(
  people: readonly (MentorProfile | MenteeProfile)[],
  items: readonly string[],
): Float64Array {
  const answers = new Float64Array(people.length * items.length).fill(Number.NaN);
  if (items.length === 0) return answers;
  people.forEach((person, p) => {
    const given = person.answers;
    if (given === undefined) return;
    items.forEach((item, q) => {
      const answer = Object.hasOwn(given, item) ? given[item] : undefined;
      if (typeof answer === 'number') answers[p * items.length + q] = answer;
    });
  });
  return answers;
}

/**
 * Precomputes the mentor side of a cohort. `topicSource` decides which
 * topics get a bit: the mentees' interests for a whole cohort (topics nobody
 * asks for cannot add to a score), the mentors' expertise for a pool.
 *
 * @throws {@link MentorshipKitError} (`duplicate_id`) when two mentors share an id.
 */
export function prepareMentors(
  mentors: readonly MentorProfile[],
  options: ResolvedOptions,
  topicSource: Iterable<string>,
): MentorSide {
  const nMentors = mentors.length;
  const mentorIndex = indexById(mentors, 'mentors');

  const topics = new Interner();
  for (const topic of topicSource) topics.intern(topic);
  const topicWords = Math.max(1, Math.ceil(topics.ids.size / 32));
  const mentorTopics = new Int32Array(nMentors * topicWords);
  mentors.forEach((mentor, m) => {
    for (const topic of mentor.expertise) {
      const id = topics.ids.get(topic);
      if (id !== undefined) setBit(mentorTopics, m * topicWords, id);
    }
  });

  // Languages by primary subtag: de-AT and de-CH share German.
  const languages = new Interner();
  for (const mentor of mentors) {
    for (const tag of mentor.languages) languages.intern(primaryLanguage(tag));
  }
  const languageWords = Math.max(1, Math.ceil(languages.ids.size / 32));
  const mentorLanguages = new Int32Array(nMentors * languageWords);
  mentors.forEach((mentor, m) => {
    for (const tag of mentor.languages) {
      setBit(mentorLanguages, m * languageWords, languages.intern(primaryLanguage(tag)));
    }
  });

  const mentorChannels = typedMap(new Uint8Array(nMentors), mentors, (mentor) =>
    channelMask(mentor.channels),
  );
  const mentorRoles = new Interner();
  const mentorRole = typedMap(new Int32Array(nMentors), mentors, (mentor) =>
    mentorRoles.intern(mentor.role),
  );
  const mentorYears = typedMap(
    new Float64Array(nMentors),
    mentors,
    (mentor) => mentor.yearsExperience,
  );
  const mentorTooJunior = typedMap(new Uint8Array(nMentors), mentors, (mentor) =>
    mentor.yearsExperience < options.minMentorExperienceYears ? 1 : 0,
  );

  // Availability as UTC bitmaps of the reference week.
  const zones = ZoneOffsets.shared;
  const weekStart = referenceWeekStart(options.referenceWeek);
  const mentorSlots = weeklyBitmaps(mentors, weekStart, zones);

  const organizations = new Interner();
  // Normalising costs more than a lookup, and many people share a spelling.
  const organizationOfLabel = new Map<string, number>();
  const mentorOrganization = typedMap(new Int32Array(nMentors), mentors, (mentor) => {
    const label = mentor.organization;
    if (label === undefined) return -1;
    let id = organizationOfLabel.get(label);
    if (id === undefined) {
      id = organizations.intern(normalizeLabel(label));
      organizationOfLabel.set(label, id);
    }
    return id;
  });

  // Existing relationships: active ones use places.
  const mentorActive = new Int32Array(nMentors);
  const relationshipsByMentee = new Map<string, RelationshipRef[]>();
  for (const relationship of options.relationships) {
    const m = mentorIndex.get(relationship.mentorId);
    if (m !== undefined && isActiveStage(relationship.stage)) {
      mentorActive[m] = (mentorActive[m] as number) + 1;
    }
    const list = relationshipsByMentee.get(relationship.menteeId);
    if (list === undefined) relationshipsByMentee.set(relationship.menteeId, [relationship]);
    else list.push(relationship);
  }
  const mentorFree = typedMap(new Int32Array(nMentors), mentors, (mentor, m) =>
    Math.max(0, mentor.capacity - (mentorActive[m] as number)),
  );
  const mentorBlocked = typedMap(new Uint8Array(nMentors), mentors, (_, m) =>
    mentorTooJunior[m] === 1 || mentorFree[m] === 0 ? 1 : 0,
  );
  const excludedBy = new Map<string, number[]>();
  mentors.forEach((mentor, m) => {
    for (const id of mentor.excludedMenteeIds ?? []) {
      const list = excludedBy.get(id);
      if (list === undefined) excludedBy.set(id, [m]);
      else if (list.at(-1) !== m) list.push(m);
    }
  });

  const availabilityTable = availabilityTableOf(options.availabilityTargetMinutes);

  // The programme's attributes as interned values per criterion.
  const attributes = attributeCriteria(options);
  const attributeCount = attributes.length;
  const attributeValues = attributes.map(() => new Map<string, number>());
  const mentorAttribute = new Int32Array(nMentors * attributeCount).fill(-1);
  attributes.forEach((criterion, k) => {
    const ids = attributeValues[k] as Map<string, number>;
    mentors.forEach((mentor, m) => {
      const value = attributeValue(mentor, criterion.key);
      if (value === undefined) return;
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
      }
      mentorAttribute[m * attributeCount + k] = id;
    });
  });
  const attributeSame = Uint8Array.from(attributes, (criterion) =>
    criterion.prefer === 'same' ? 1 : 0,
  );

  // Inverted lists for the matrix kernel: a row then touches only mentors
  // that share a topic or an availability word.
  const topicCount = topics.ids.size;
  const topicMentorStart = new Int32Array(topicCount + 1);
  forEachBit(mentorTopics, nMentors, topicWords, (_, topic) => {
    topicMentorStart[topic + 1] = (topicMentorStart[topic + 1] as number) + 1;
  });
  for (let topic = 0; topic < topicCount; topic++) {
    topicMentorStart[topic + 1] =
      (topicMentorStart[topic + 1] as number) + (topicMentorStart[topic] as number);
  }
  const topicMentor = new Int32Array(topicMentorStart[topicCount] as number);
  const topicFill = topicMentorStart.slice(0, topicCount);
  forEachBit(mentorTopics, nMentors, topicWords, (m, topic) => {
    const at = topicFill[topic] as number;
    topicMentor[at] = m;
    topicFill[topic] = at + 1;
  });
  // Mentors in a few zones with slots on the half hour share bit patterns, so
  // a row takes one popcount per pattern and touches only overlapping mentors.
  const mentorBitmap = mentorSlots.bitmap;
  const patternBits: number[] = [];
  const patternMembers: number[][] = [];
  const slotPatternStart = new Int32Array(availabilityWords + 1);
  for (let word = 0; word < availabilityWords; word++) {
    const byBits = new Map<number, number[]>();
    for (let m = 0; m < nMentors; m++) {
      const bits = mentorBitmap[m * availabilityWords + word] as number;
      if (bits === 0) continue;
      const members = byBits.get(bits);
      if (members === undefined) byBits.set(bits, [m]);
      else members.push(m);
    }
    for (const [bits, members] of byBits) {
      patternBits.push(bits);
      patternMembers.push(members);
    }
    slotPatternStart[word + 1] = patternBits.length;
  }
  const slotMemberStart = new Int32Array(patternBits.length + 1);
  patternMembers.forEach((members, pattern) => {
    slotMemberStart[pattern + 1] = (slotMemberStart[pattern] as number) + members.length;
  });
  // Mentors without slots share one key after the quarter counts: their
  // overlap is unknown and counts as none.
  const mentorOffsetKey = new Int32Array(nMentors).fill(quartersPerWeek + 1);
  const mentorAvailabilityKey = mentorOffsetKey.map((key, m) =>
    mentorSlots.hasSlots[m] === 1 ? 0 : key,
  );
  const yearIndex = new Map<number, number>();
  const mentorYearIndex = Int32Array.from(mentorYears, (years) => {
    let index = yearIndex.get(years);
    if (index === undefined) {
      index = yearIndex.size;
      yearIndex.set(years, index);
    }
    return index;
  });

  return {
    mentors,
    options,
    nMentors,
    mentorIndex,
    topics: topics.ids,
    topicWords,
    mentorTopics,
    topicMentorStart,
    topicMentor,
    languages: languages.ids,
    languageWords,
    mentorLanguages,
    mentorChannels,
    mentorRoles: mentorRoles.ids,
    mentorRole,
    mentorRoleKinds: mentorRoles.ids.size,
    roleColumns: new Map(),
    mentorYears,
    mentorYearValues: Float64Array.from(yearIndex.keys()),
    mentorYearIndex,
    mentorTooJunior,
    weekStart,
    zones,
    mentorAvailability: mentorSlots.bitmap,
    mentorAvailabilityMask: mentorSlots.mask,
    mentorHasSlots: mentorSlots.hasSlots,
    slotPatternStart,
    slotPatternBits: Int32Array.from(patternBits),
    slotMemberStart,
    slotMentor: Int32Array.from(patternMembers.flat()),
    mentorOffsets: Int32Array.of(0),
    mentorOffsetKey,
    mentorAvailabilityKey,
    organizations: organizations.ids,
    mentorOrganization,
    mentorActive,
    mentorFree,
    mentorBlocked,
    relationshipsByMentee,
    excludedBy,
    channelTable,
    availabilityTable,
    attributeCount,
    attributeSame,
    attributeValues,
    mentorAttribute,
    itemCount: options.questionnaireItems.length,
    mentorAnswers: answerMatrix(mentors, options.questionnaireItems),
  };
}

/** `channelTable[count * 32 + sharedMask]` = popcount(sharedMask) / count; shared, never written. */
const channelTable = new Float64Array(6 * 32);
for (let count = 1; count <= 5; count++) {
  for (let mask = 0; mask < 32; mask++) channelTable[count * 32 + mask] = popcount32(mask) / count;
}

/** Per target minutes, `table[quarters]` = min(1, minutes / target); shared, never written. */
const availabilityTables = new Map<number, Float64Array>();

function availabilityTableOf(target: number): Float64Array {
  let table = availabilityTables.get(target);
  if (table === undefined) {
    table = new Float64Array(availabilityWords * 32 + 1);
    for (let quarters = 0; quarters < table.length; quarters++) {
      const minutes = quarters * quarterMinutes;
      table[quarters] = minutes >= target ? 1 : minutes / target;
    }
    // Bounded: any number of targets may come through the options.
    if (availabilityTables.size >= 64) availabilityTables.clear();
    availabilityTables.set(target, table);
  }
  return table;
}

function channelMask(channels: readonly string[]): number {
  let mask = 0;
  for (const channel of channels) mask |= channelBits[channel] ?? 0;
  return mask;
}

/** Calls `fn(person, bit)` for every set bit of every person's bitset. */
function forEachBit(
  bitsets: Int32Array,
  count: number,
  words: number,
  fn: (person: number, bit: number) => void,
): void {
  for (let person = 0; person < count; person++) {
    for (let word = 0; word < words; word++) {
      let bits = bitsets[person * words + word] as number;
      while (bits !== 0) {
        fn(person, word * 32 + 31 - Math.clz32(bits & -bits));
        bits &= bits - 1;
      }
    }
  }
}

function weeklyBitmaps(
  people: readonly (MentorProfile | MenteeProfile)[],
  weekStart: number,
  zones: ZoneOffsets,
) {
  const bitmap = new Int32Array(people.length * availabilityWords);
  const mask = new Int32Array(people.length);
  const hasSlots = new Uint8Array(people.length);
  people.forEach((person, index) => {
    const slots = person.availability;
    if (slots === undefined || slots.length === 0) return;
    hasSlots[index] = 1;
    const at = index * availabilityWords;
    const known = bitmapCache.get(person);
    if (
      known !== undefined &&
      known.weekStart === weekStart &&
      known.slots === slots &&
      known.timeZone === person.timeZone
    ) {
      bitmap.set(known.words, at);
    } else {
      weeklyUtcBitmap(slots, person.timeZone, weekStart, zones, bitmap, at);
      const words = bitmap.slice(at, at + availabilityWords);
      bitmapCache.set(person, { weekStart, slots, timeZone: person.timeZone, words });
    }
    mask[index] = wordMask(bitmap, at);
  });
  return { bitmap, mask, hasSlots };
}

/**
 * Each profile's weekly bitmap, kept weakly per profile object: reading zone
 * offsets is the dearest part of a build, and platforms score the same
 * profile objects request after request. Checked against the slots array,
 * zone and week it was made from.
 */
const bitmapCache = new WeakMap<
  object,
  { weekStart: number; slots: unknown; timeZone: string; words: Int32Array }
>();

/** A target role's fit with each mentor role, memoised on the side. */
function roleColumn(side: MentorSide, targetRole: string): Float64Array {
  let column = side.roleColumns.get(targetRole);
  if (column === undefined) {
    column = new Float64Array(side.mentorRoleKinds);
    for (const [role, r] of side.mentorRoles) column[r] = roleFitValue(role, targetRole);
    if (side.roleColumns.size >= maxRoleColumns) side.roleColumns.clear();
    side.roleColumns.set(targetRole, column);
  }
  return column;
}

/**
 * Precomputes the features of a cohort.
 *
 * @throws {@link MentorshipKitError} (`duplicate_id`) when an id appears
 *   twice on one side: ids identify people, so which profile counts is unclear.
 * @throws {@link InvalidOptionsError} (`params.function` is `caller`) for a
 *   capacity, `maxMentors` or years of experience the kernel cannot hold.
 */
export function buildCohortFeatures(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: ResolvedOptions,
  caller = 'scoreMatrix',
): CohortFeatures {
  checkPeople(caller, mentors, mentees, options);
  const side = prepareMentors(mentors, options, menteeTopics(mentees));
  return attachMentees(side, mentees);
}

function* menteeTopics(mentees: readonly MenteeProfile[]): Iterable<string> {
  for (const mentee of mentees) yield* mentee.interests;
}

/**
 * The features of `mentees` against a prepared mentor side. Costs only the
 * mentees' own data (plus the mentors they name), so a pool can rank one
 * mentee without touching the mentors again.
 *
 * @throws {@link MentorshipKitError} (`duplicate_id`) when two mentees share an id.
 */
export function attachMentees(side: MentorSide, mentees: readonly MenteeProfile[]): CohortFeatures {
  const { options, nMentors, mentorIndex, topicWords, languageWords } = side;
  const nMentees = mentees.length;
  const menteeIndex = indexById(mentees, 'mentees');

  const menteeTopics = new Int32Array(nMentees * topicWords);
  const menteeTopicCount = new Int32Array(nMentees);
  const menteeLanguages = new Int32Array(nMentees * languageWords);
  mentees.forEach((mentee, e) => {
    for (const topic of mentee.interests) {
      const id = side.topics.get(topic);
      if (id !== undefined) setBit(menteeTopics, e * topicWords, id);
    }
    menteeTopicCount[e] = distinctCount(mentee.interests);
    for (const tag of mentee.languages) {
      const id = side.languages.get(primaryLanguage(tag));
      if (id !== undefined) setBit(menteeLanguages, e * languageWords, id);
    }
  });
  const menteeChannels = typedMap(new Uint8Array(nMentees), mentees, (mentee) =>
    channelMask(mentee.channels),
  );
  const menteeChannelCount = typedMap(new Uint8Array(nMentees), mentees, (mentee) =>
    distinctCount(mentee.channels),
  );

  // Roles: a small table over distinct (mentor role, target role) pairs; 0 is "no target".
  const targetRoles = new Interner();
  targetRoles.intern('\u0000none');
  const menteeRole = typedMap(new Int32Array(nMentees), mentees, (mentee) =>
    mentee.targetRole === undefined ? 0 : targetRoles.intern(`=${mentee.targetRole}`),
  );
  const menteeRoleKinds = targetRoles.ids.size;
  const roleFit = new Float64Array(side.mentorRoleKinds * menteeRoleKinds);
  for (const [target, t] of targetRoles.ids) {
    if (t === 0) continue; // Unknown: 0, left out of the mean.
    const column = roleColumn(side, target.slice(1));
    for (let r = 0; r < side.mentorRoleKinds; r++) {
      roleFit[r * menteeRoleKinds + t] = column[r] as number;
    }
  }

  const menteeYears = typedMap(
    new Float64Array(nMentees),
    mentees,
    (mentee) => mentee.yearsExperience,
  );
  const menteeSlots = weeklyBitmaps(mentees, side.weekStart, side.zones);

  let extraOrganizations = 0;
  const ownOrganizations = new Map<string, number>();
  const menteeOrganization = typedMap(new Int32Array(nMentees), mentees, (mentee) => {
    if (mentee.organization === undefined) return -1;
    const label = normalizeLabel(mentee.organization);
    const known = side.organizations.get(label) ?? ownOrganizations.get(label);
    if (known !== undefined) return known;
    // No mentor's organisation: an id of its own, still "stated".
    const id = side.organizations.size + extraOrganizations++;
    ownOrganizations.set(label, id);
    return id;
  });

  // Existing relationships of these mentees: active ones use places; any
  // earlier or open relationship of the same pair rules the pair out.
  const menteeActive = new Int32Array(nMentees);
  const historyStage = new Map<string, RelationshipStage>();
  const pairVetoes = new Map<number, Map<number, number>>();
  const addVeto = (e: number, m: number, flag: number) => {
    let row = pairVetoes.get(e);
    if (row === undefined) {
      row = new Map();
      pairVetoes.set(e, row);
    }
    row.set(m, (row.get(m) ?? 0) | flag);
  };
  mentees.forEach((mentee, e) => {
    for (const relationship of side.relationshipsByMentee.get(mentee.id) ?? []) {
      if (isActiveStage(relationship.stage)) menteeActive[e] = (menteeActive[e] as number) + 1;
      const m = mentorIndex.get(relationship.mentorId);
      if (m === undefined) continue;
      const terminal = isTerminalStage(relationship.stage);
      addVeto(e, m, terminal ? vetoFlags.historyEnded : vetoFlags.historyOpen);
      const key = pairKey(m, e);
      // An open relationship explains the veto better than an old one.
      if (!terminal || !historyStage.has(key)) historyStage.set(key, relationship.stage);
    }
    // A person on both lists is never paired with themselves.
    const self = mentorIndex.get(mentee.id);
    if (self !== undefined) addVeto(e, self, vetoFlags.samePerson);
    for (const id of mentee.excludedMentorIds ?? []) {
      const m = mentorIndex.get(id);
      if (m !== undefined) addVeto(e, m, vetoFlags.excludedByMentee);
    }
    for (const m of side.excludedBy.get(mentee.id) ?? []) {
      addVeto(e, m, vetoFlags.excludedByMentor);
    }
  });
  const menteeMax = typedMap(
    new Int32Array(nMentees),
    mentees,
    // The programme's maximum caps what a mentee asks for (the lifecycle applies the same rule).
    (mentee) =>
      Math.min(mentee.maxMentors ?? options.maxMentorsPerMentee, options.maxMentorsPerMentee),
  );
  const menteeFree = typedMap(new Int32Array(nMentees), mentees, (_, e) =>
    Math.max(0, (menteeMax[e] as number) - (menteeActive[e] as number)),
  );
  const vetoStart = new Int32Array(nMentees + 1);
  const vetoMentorList: number[] = [];
  const vetoFlagList: number[] = [];
  for (let e = 0; e < nMentees; e++) {
    vetoStart[e] = vetoMentorList.length;
    for (const [m, flag] of pairVetoes.get(e) ?? []) {
      vetoMentorList.push(m);
      vetoFlagList.push(flag);
    }
  }
  vetoStart[nMentees] = vetoMentorList.length;

  // Ranked choices: rank r (0-based) of a list of L gives 1 - r / L.
  const preferenceStart = new Int32Array(nMentees + 1);
  const preferenceMentorList: number[] = [];
  const preferenceValueList: number[] = [];
  const preferenceRankList: number[] = [];
  mentees.forEach((mentee, e) => {
    preferenceStart[e] = preferenceMentorList.length;
    const ranked = mentee.preferredMentorIds ?? [];
    ranked.forEach((id, rank) => {
      const m = mentorIndex.get(id);
      if (m === undefined) return;
      preferenceMentorList.push(m);
      preferenceValueList.push(1 - rank / ranked.length);
      preferenceRankList.push(rank);
    });
  });
  preferenceStart[nMentees] = preferenceMentorList.length;

  let maxTopics = 0;
  for (const count of menteeTopicCount) maxTopics = Math.max(maxTopics, count);
  const topicStride = topicWords * 32 + 1;
  const topicTable = new Float64Array((maxTopics + 1) * topicStride);
  for (let count = 1; count <= maxTopics; count++) {
    for (let shared = 0; shared <= Math.min(count, topicStride - 1); shared++) {
      topicTable[count * topicStride + shared] = shared / count;
    }
  }

  const attributeCount = side.attributeCount;
  const menteeAttribute = new Int32Array(nMentees * attributeCount).fill(-1);
  if (attributeCount > 0) {
    attributeCriteria(options).forEach((criterion, k) => {
      const ids = side.attributeValues[k] as ReadonlyMap<string, number>;
      mentees.forEach((mentee, e) => {
        const value = attributeValue(mentee, criterion.key);
        if (value !== undefined) menteeAttribute[e * attributeCount + k] = ids.get(value) ?? -2;
      });
    });
  }

  return {
    attributeCount,
    attributeSame: side.attributeSame,
    mentorAttribute: side.mentorAttribute,
    menteeAttribute,
    itemCount: side.itemCount,
    mentorAnswers: side.mentorAnswers,
    menteeAnswers: answerMatrix(mentees, options.questionnaireItems),
    topicMentorStart: side.topicMentorStart,
    topicMentor: side.topicMentor,
    slotPatternStart: side.slotPatternStart,
    slotPatternBits: side.slotPatternBits,
    slotMemberStart: side.slotMemberStart,
    slotMentor: side.slotMentor,
    mentorOffsets: side.mentorOffsets,
    mentorOffsetKey: side.mentorOffsetKey,
    mentorAvailabilityKey: side.mentorAvailabilityKey,
    mentorYearValues: side.mentorYearValues,
    mentorYearIndex: side.mentorYearIndex,
    mentorRoleKinds: side.mentorRoleKinds,
    mentors: side.mentors,
    mentees,
    options,
    mentorBlocked: side.mentorBlocked,
    topicTable,
    topicStride,
    channelTable: side.channelTable,
    availabilityTable: side.availabilityTable,
    nMentors,
    nMentees,
    topicWords,
    mentorTopics: side.mentorTopics,
    menteeTopics,
    menteeTopicCount,
    languageWords,
    mentorLanguages: side.mentorLanguages,
    menteeLanguages,
    mentorChannels: side.mentorChannels,
    menteeChannels,
    menteeChannelCount,
    menteeRoleKinds,
    mentorRole: side.mentorRole,
    menteeRole,
    roleFit,
    mentorYears: side.mentorYears,
    menteeYears,
    mentorTooJunior: side.mentorTooJunior,
    mentorAvailability: side.mentorAvailability,
    mentorAvailabilityMask: side.mentorAvailabilityMask,
    mentorHasSlots: side.mentorHasSlots,
    menteeAvailability: menteeSlots.bitmap,
    menteeAvailabilityMask: menteeSlots.mask,
    menteeHasSlots: menteeSlots.hasSlots,
    mentorOrganization: side.mentorOrganization,
    menteeOrganization,
    mentorActive: side.mentorActive,
    mentorFree: side.mentorFree,
    menteeActive,
    menteeMax,
    menteeFree,
    preferenceStart,
    preferenceMentor: Int32Array.from(preferenceMentorList),
    preferenceValue: Float64Array.from(preferenceValueList),
    preferenceRank: Int32Array.from(preferenceRankList),
    vetoStart,
    vetoMentor: Int32Array.from(vetoMentorList),
    vetoFlag: Uint8Array.from(vetoFlagList),
    historyStage,
    mentorIndex,
    menteeIndex,
  };
}
