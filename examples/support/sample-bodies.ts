// Two request bodies the request-validation examples send: a valid mentee
// profile, and one with a problem in almost every field (and a field too many).
export const validMenteeBody = {
  schemaVersion: 1,
  id: 'mentee-lena',
  name: 'Lena Schmidt',
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  channels: ['video'],
  yearsExperience: 0,
  interests: ['first-job', 'cv-and-interviews'],
};

export const invalidMenteeBody = {
  schemaVersion: 1,
  id: 'mentee lena',
  name: 'Lena Schmidt',
  languages: ['de_DE'],
  timeZone: 'Berlin',
  channels: ['fax'],
  yearsExperience: -1,
  interests: [],
  isAdmin: true,
};
