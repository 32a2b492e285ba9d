// Adding a programme's own rule to the matching: career changers should get
// seasoned mentors. The custom criterion is explained next to the built-in ones.
import {
  defineCriterion,
  formatPairScore,
  type MenteeProfile,
  type MentorProfile,
  rankMentors,
} from 'mentorship-kit';
import { loadSampleCohort } from './support/load-sample-cohort';

const seasonedForCareerChangers = defineCriterion({
  id: 'seasoned-for-career-changers',
  label: 'Seasoned mentor for a career change',
  weight: 2,
  evaluate: (mentor: MentorProfile, mentee: MenteeProfile) => {
    if (!mentee.interests.includes('career-change'))
      return { value: 1, note: 'not a career changer' };
    const value = Math.min(1, mentor.yearsExperience / 12);
    return { value, note: `${mentor.yearsExperience} years in the field` };
  },
});

const { mentors, mentees, program } = loadSampleCohort();
const careerChanger = mentees.find((mentee) => mentee.interests.includes('career-change'));
if (careerChanger === undefined) throw new Error('the sample cohort has no career changer');

for (const criteria of [[], [seasonedForCareerChangers]]) {
  const ranking = rankMentors(careerChanger, mentors, {
    limit: 3,
    criteria,
    program,
  });
  console.log(
    `\nTop mentors for ${careerChanger.name} ${criteria.length === 0 ? 'with the built-in criteria' : 'with the custom criterion'}:`,
  );
  for (const pair of ranking) {
    const mentor = mentors.find((m) => m.id === pair.mentorId);
    console.log(`\n${mentor?.name} (${mentor?.yearsExperience} years)`);
    const [headline, ...lines] = formatPairScore(pair, 'en');
    console.log(`  ${headline}`);
    // The custom criterion is explained like the built-in ones; show it and the topic fit.
    for (const line of lines.filter((l) => /Seasoned|Topic fit/.test(l))) console.log(`  ${line}`);
  }
}
