import type { Translation } from '../../message-catalog';
import type { enrolmentMessages } from '../../messages/enrolment';

/** French texts of `enrolmentMessages`. */
export const enrolmentMessagesFr: Translation<typeof enrolmentMessages> = {
  // ── notifications ─────────────────────────────────────────────────────────
  'enrolment.notify.applied': 'Une nouvelle candidature en tant que {role} attend d’être examinée.',
  'enrolment.notify.accepted':
    'Votre candidature a été acceptée. {count, plural, one {Il reste une étape d’intégration} other {Il reste # étapes d’intégration}} avant une mise en relation.',
  'enrolment.notify.ready':
    'L’intégration est terminée\u00a0: prêt·e pour une mise en relation ({role}).',
  'enrolment.notify.declined': 'Votre candidature a été refusée\u00a0: {reason}',
  'enrolment.notify.waitlisted':
    'Vous êtes sur liste d’attente\u00a0; nous vous préviendrons dès que nous aurons trouvé quelqu’un.',
  'enrolment.notify.matched': 'Nous vous avons proposé une mise en relation.',
  'enrolment.notify.proposal_closed':
    'La mise en relation proposée n’aura pas lieu{withReason, select, true {\u00a0: {reason}} other {.}}',
  'enrolment.notify.rematch_requested':
    'Une personne ({role}) dont la relation a pris fin demande une nouvelle mise en relation.',
  'enrolment.notify.alumni': 'Vous avez terminé le programme. Merci de votre participation\u00a0!',
  'enrolment.notify.paused':
    'Disponibilité suspendue ({role}){withUntil, select, true { jusqu’au {until}} other {}}{withReason, select, true {\u00a0: {reason}} other {.}}',
  'enrolment.notify.resumed': 'Disponibilité reprise ({role}).',
  'enrolment.notify.withdrawn':
    'Une personne ({role}) s’est retirée du programme{withReason, select, true {\u00a0: {reason}} other {.}} {count, plural, =0 {Aucune relation n’est active.} one {Une relation est encore active.} other {# relations sont encore actives.}}',
  'enrolment.notify.removed': 'Vous avez été retiré·e du programme\u00a0: {reason}',
};
