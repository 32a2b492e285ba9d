import type { MenteeProfile, MentorProfile, RelationshipStage } from '../model';
import { MentorshipKitError } from '../model/errors';
// Value imports from the defining files, not the model barrel, so a bundle of
// matching does not keep every model schema.
import { primaryLanguage } from '../model/language-tag';
import { isActiveStage, isTerminalStage } from '../model/relationship-stage';
import {
  availabilityWords,
  popcount32,
  quarterMinutes,
  quartersPerWeek,
  referenceWeekStart,
  weeklyUtcBitmap,
  ZoneOffsets,
} from './availability';
import type { ResolvedOptions } from './options';

/** Pair-level veto flags, one bit each. */
export const vetoFlags = {
  excludedByMentee: 1,
  excludedByMentor: 2,
  historyEnded: 4,
  historyOpen: 8,
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
  readonly mentorOffset: Int32Array;
  readonly menteeOffset: Int32Array;
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
  /** The distinct UTC offsets of the cohort's mentors. */
  readonly mentorOffsets: Int32Array;
  /** Per mentor, `quartersPerWeek + 1 +` the index of its offset in `mentorOffsets`. */
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

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

function roleTokens(role: string): Set<string> {
  return new Set(role.split(/[\s\-_/,.&]+/).filter((token) => token.length >= 3));
}

/** How well a mentor's role fits a target role: 1 same, 0.5 a shared word, 0 otherwise. */
export function roleFitValue(mentorRole: string, targetRole: string | undefined): number {
  if (targetRole === undefined) return 0.5;
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
        messageKey: 'matching.error.duplicate_id',
        params: { value: person.id, side },
        path: [side, position, 'id'],
      });
    }
    index.set(person.id, position);
  });
  return index;
}

/**
 * Precomputes the features of a cohort.
 *
 * @throws {@link MentorshipKitError} (`duplicate_id`) when an id appears
 *   twice on one side: ids identify people, so which profile counts is unclear.
 */
export function buildCohortFeatures(
  mentors: readonly MentorProfile[],
  mentees: readonly MenteeProfile[],
  options: ResolvedOptions,
): CohortFeatures {
  const nMentors = mentors.length;
  const nMentees = mentees.length;
  const mentorIndex = indexById(mentors, 'mentors');
  const menteeIndex = indexById(mentees, 'mentees');

  // Topics: only topics some mentee asks for can add to a score.
  const topics = new Interner();
  for (const mentee of mentees) for (const topic of mentee.interests) topics.intern(topic);
  const topicWords = Math.max(1, Math.ceil(topics.ids.size / 32));
  const mentorTopics = new Int32Array(nMentors * topicWords);
  const menteeTopics = new Int32Array(nMentees * topicWords);
  const menteeTopicCount = new Int32Array(nMentees);
  mentees.forEach((mentee, e) => {
    for (const topic of mentee.interests)
      setBit(menteeTopics, e * topicWords, topics.intern(topic));
    menteeTopicCount[e] = distinctCount(mentee.interests);
  });
  mentors.forEach((mentor, m) => {
    for (const topic of mentor.expertise) {
      const id = topics.ids.get(topic);
      if (id !== undefined) setBit(mentorTopics, m * topicWords, id);
    }
  });

  // Languages by primary subtag: de-AT and de-CH share German.
  const languages = new Interner();
  const languageOfTag = new Map<string, number>();
  const languageId = (tag: string) => {
    let id = languageOfTag.get(tag);
    if (id === undefined) {
      id = languages.intern(primaryLanguage(tag));
      languageOfTag.set(tag, id);
    }
    return id;
  };
  for (const people of [mentors, mentees]) {
    for (const person of people) for (const tag of person.languages) languageId(tag);
  }
  const languageWords = Math.max(1, Math.ceil(languages.ids.size / 32));
  const mentorLanguages = new Int32Array(nMentors * languageWords);
  const menteeLanguages = new Int32Array(nMentees * languageWords);
  mentors.forEach((mentor, m) => {
    for (const tag of mentor.languages) setBit(mentorLanguages, m * languageWords, languageId(tag));
  });
  mentees.forEach((mentee, e) => {
    for (const tag of mentee.languages) setBit(menteeLanguages, e * languageWords, languageId(tag));
  });

  const channelMask = (channels: readonly string[]) =>
    channels.reduce((mask, channel) => mask | (channelBits[channel] as number), 0);
  const mentorChannels = typedMap(new Uint8Array(nMentors), mentors, (mentor) =>
    channelMask(mentor.channels),
  );
  const menteeChannels = typedMap(new Uint8Array(nMentees), mentees, (mentee) =>
    channelMask(mentee.channels),
  );
  const menteeChannelCount = typedMap(new Uint8Array(nMentees), mentees, (mentee) =>
    distinctCount(mentee.channels),
  );

  // Roles: a small table over distinct (mentor role, target role) pairs.
  const mentorRoles = new Interner();
  const menteeRoles = new Interner();
  menteeRoles.intern('\u0000none');
  const mentorRole = typedMap(new Int32Array(nMentors), mentors, (mentor) =>
    mentorRoles.intern(mentor.role),
  );
  const menteeRole = typedMap(new Int32Array(nMentees), mentees, (mentee) =>
    mentee.targetRole === undefined ? 0 : menteeRoles.intern(`=${mentee.targetRole}`),
  );
  const menteeRoleKinds = menteeRoles.ids.size;
  const roleFit = new Float64Array(mentorRoles.ids.size * menteeRoleKinds);
  for (const [role, r] of mentorRoles.ids) {
    for (const [target, t] of menteeRoles.ids) {
      roleFit[r * menteeRoleKinds + t] = roleFitValue(role, t === 0 ? undefined : target.slice(1));
    }
  }

  const mentorYears = typedMap(
    new Float64Array(nMentors),
    mentors,
    (mentor) => mentor.yearsExperience,
  );
  const menteeYears = typedMap(
    new Float64Array(nMentees),
    mentees,
    (mentee) => mentee.yearsExperience,
  );
  const mentorTooJunior = typedMap(new Uint8Array(nMentors), mentors, (mentor) =>
    mentor.yearsExperience < options.minMentorExperienceYears ? 1 : 0,
  );

  // Availability as UTC bitmaps of the reference week, plus each zone's
  // offset in the middle of that week for the fallback.
  const zones = new ZoneOffsets();
  const weekStart = referenceWeekStart(options.referenceWeek);
  const midWeek = weekStart + 2.5 * 86_400_000;
  const availability = (people: readonly (MentorProfile | MenteeProfile)[]) => {
    const bitmap = new Int32Array(people.length * availabilityWords);
    const mask = new Int32Array(people.length);
    const hasSlots = new Uint8Array(people.length);
    const offset = new Int32Array(people.length);
    people.forEach((person, index) => {
      offset[index] = zones.offsetMinutes(person.timeZone, midWeek);
      const slots = person.availability;
      if (slots === undefined || slots.length === 0) return;
      hasSlots[index] = 1;
      weeklyUtcBitmap(slots, person.timeZone, weekStart, zones, bitmap, index * availabilityWords);
      mask[index] = wordMask(bitmap, index * availabilityWords);
    });
    return { bitmap, mask, hasSlots, offset };
  };
  const mentorSlots = availability(mentors);
  const menteeSlots = availability(mentees);

  const organizations = new Interner();
  // Normalising costs more than a lookup, and many people share a spelling.
  const organizationOfLabel = new Map<string, number>();
  const organizationOf = (person: MentorProfile | MenteeProfile) => {
    const label = person.organization;
    if (label === undefined) return -1;
    let id = organizationOfLabel.get(label);
    if (id === undefined) {
      id = organizations.intern(normalizeLabel(label));
      organizationOfLabel.set(label, id);
    }
    return id;
  };
  const mentorOrganization = typedMap(new Int32Array(nMentors), mentors, organizationOf);
  const menteeOrganization = typedMap(new Int32Array(nMentees), mentees, organizationOf);

  // Existing relationships: active ones use places; any earlier or open
  // relationship of the same pair rules the pair out.
  const mentorActive = new Int32Array(nMentors);
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
  for (const relationship of options.relationships) {
    const m = mentorIndex.get(relationship.mentorId);
    const e = menteeIndex.get(relationship.menteeId);
    if (isActiveStage(relationship.stage)) {
      if (m !== undefined) mentorActive[m] = (mentorActive[m] as number) + 1;
      if (e !== undefined) menteeActive[e] = (menteeActive[e] as number) + 1;
    }
    if (m === undefined || e === undefined) continue;
    const terminal = isTerminalStage(relationship.stage);
    addVeto(e, m, terminal ? vetoFlags.historyEnded : vetoFlags.historyOpen);
    const key = pairKey(m, e);
    // An open relationship explains the veto better than an old one.
    if (!terminal || !historyStage.has(key)) historyStage.set(key, relationship.stage);
  }
  const mentorFree = typedMap(new Int32Array(nMentors), mentors, (mentor, m) =>
    Math.max(0, mentor.capacity - (mentorActive[m] as number)),
  );
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

  mentees.forEach((mentee, e) => {
    for (const id of mentee.excludedMentorIds ?? []) {
      const m = mentorIndex.get(id);
      if (m !== undefined) addVeto(e, m, vetoFlags.excludedByMentee);
    }
  });
  mentors.forEach((mentor, m) => {
    for (const id of mentor.excludedMenteeIds ?? []) {
      const e = menteeIndex.get(id);
      if (e !== undefined) addVeto(e, m, vetoFlags.excludedByMentor);
    }
  });
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

  const mentorBlocked = typedMap(new Uint8Array(nMentors), mentors, (_, m) =>
    mentorTooJunior[m] === 1 || mentorFree[m] === 0 ? 1 : 0,
  );
  let maxTopics = 0;
  for (const count of menteeTopicCount) maxTopics = Math.max(maxTopics, count);
  const topicStride = topicWords * 32 + 1;
  const topicTable = new Float64Array((maxTopics + 1) * topicStride);
  for (let count = 1; count <= maxTopics; count++) {
    for (let shared = 0; shared <= count; shared++) {
      topicTable[count * topicStride + shared] = shared / count;
    }
  }
  const channelTable = new Float64Array(6 * 32);
  for (let count = 1; count <= 5; count++) {
    for (let mask = 0; mask < 32; mask++) {
      channelTable[count * 32 + mask] = popcount32(mask) / count;
    }
  }
  const target = options.availabilityTargetMinutes;
  const availabilityTable = Float64Array.from(
    { length: availabilityWords * 32 + 1 },
    (_, quarters) => {
      const minutes = quarters * quarterMinutes;
      return minutes >= target ? 1 : minutes / target;
    },
  );

  // Inverted lists and small value tables for the matrix kernel: a row then
  // touches only mentors that share a topic or an availability word.
  const topicMentorStart = new Int32Array(topics.ids.size + 1);
  for (let m = 0; m < nMentors; m++) {
    for (let word = 0; word < topicWords; word++) {
      let bits = mentorTopics[m * topicWords + word] as number;
      while (bits !== 0) {
        const topic = word * 32 + 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        topicMentorStart[topic + 1] = (topicMentorStart[topic + 1] as number) + 1;
      }
    }
  }
  for (let topic = 0; topic < topics.ids.size; topic++) {
    topicMentorStart[topic + 1] =
      (topicMentorStart[topic + 1] as number) + (topicMentorStart[topic] as number);
  }
  const topicMentor = new Int32Array(topicMentorStart[topics.ids.size] as number);
  const topicFill = topicMentorStart.slice(0, topics.ids.size);
  for (let m = 0; m < nMentors; m++) {
    for (let word = 0; word < topicWords; word++) {
      let bits = mentorTopics[m * topicWords + word] as number;
      while (bits !== 0) {
        const topic = word * 32 + 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        const at = topicFill[topic] as number;
        topicMentor[at] = m;
        topicFill[topic] = at + 1;
      }
    }
  }
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
  const slotMentor = Int32Array.from(patternMembers.flat());
  const offsetIndex = new Map<number, number>();
  const mentorOffsetKey = Int32Array.from(mentorSlots.offset, (offset) => {
    let index = offsetIndex.get(offset);
    if (index === undefined) {
      index = offsetIndex.size;
      offsetIndex.set(offset, index);
    }
    return quartersPerWeek + 1 + index;
  });
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
    topicMentorStart,
    topicMentor,
    slotPatternStart,
    slotPatternBits: Int32Array.from(patternBits),
    slotMemberStart,
    slotMentor,
    mentorOffsets: Int32Array.from(offsetIndex.keys()),
    mentorOffsetKey,
    mentorAvailabilityKey,
    mentorYearValues: Float64Array.from(yearIndex.keys()),
    mentorYearIndex,
    mentorRoleKinds: mentorRoles.ids.size,
    mentors,
    mentees,
    options,
    mentorBlocked,
    topicTable,
    topicStride,
    channelTable,
    availabilityTable,
    nMentors,
    nMentees,
    topicWords,
    mentorTopics,
    menteeTopics,
    menteeTopicCount,
    languageWords,
    mentorLanguages,
    menteeLanguages,
    mentorChannels,
    menteeChannels,
    menteeChannelCount,
    menteeRoleKinds,
    mentorRole,
    menteeRole,
    roleFit,
    mentorYears,
    menteeYears,
    mentorTooJunior,
    mentorAvailability: mentorSlots.bitmap,
    mentorAvailabilityMask: mentorSlots.mask,
    mentorHasSlots: mentorSlots.hasSlots,
    menteeAvailability: menteeSlots.bitmap,
    menteeAvailabilityMask: menteeSlots.mask,
    menteeHasSlots: menteeSlots.hasSlots,
    mentorOffset: mentorSlots.offset,
    menteeOffset: menteeSlots.offset,
    mentorOrganization,
    menteeOrganization,
    mentorActive,
    mentorFree,
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
