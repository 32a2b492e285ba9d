// The demo's own words (headings, column titles, the sample cohort's roles
// and the strategies' names) in the languages the library ships; everything
// else it prints comes from the library's packs or from Intl.
import type { Assignment } from 'mentorship-kit';

export type DemoLanguage = 'en' | 'de' | 'fr' | 'es';

export interface DemoTexts {
  /** The language's own name, for the note on an unknown --locale. */
  readonly languageName: string;
  readonly title: string;
  /** What follows a label: French puts a no-break space before the colon. */
  readonly colon: string;
  readonly id: string;
  readonly cohort: string;
  readonly topics: string;
  readonly topic: string;
  readonly mentors: string;
  readonly mentees: string;
  readonly mentor: string;
  readonly mentee: string;
  readonly name: string;
  readonly zone: string;
  readonly languages: string;
  readonly role: string;
  readonly capacity: string;
  readonly years: string;
  readonly valid: string;
  readonly matching: (mentees: number, mentors: number) => string;
  readonly done: (ms: number) => string;
  readonly optimal: string;
  readonly score: string;
  readonly reasons: string;
  readonly unmatched: string;
  readonly reason: string;
  readonly strategies: string;
  readonly strategy: string;
  readonly strategyNames: { readonly [strategy in Assignment['strategy']]: string };
  /** The professional roles of the sample cohort (free text in a profile, so the demo names them). */
  readonly roles: { readonly [role: string]: string };
  readonly pairs: string;
  readonly total: string;
  readonly mean: string;
  readonly min: string;
  readonly walk: (mentor: string, mentee: string) => string;
  readonly stage: string;
  readonly at: (dateTime: string) => string;
  readonly completion: string;
  readonly health: string;
  readonly next: string;
  readonly none: string;
  readonly diagram: string;
  readonly programme: string;
  /** One line per step of the round: applications, screening, matching, start. */
  readonly roundSteps: (counts: {
    applied: number;
    ready: number;
    proposed: number;
    waitlisted: number;
    started: number;
  }) => readonly string[];
  readonly reportAt: (date: string) => string;
  readonly figure: string;
  readonly value: string;
}

export const demoTexts: { readonly [language in DemoLanguage]: DemoTexts } = {
  en: {
    languageName: 'English',
    title: 'mentorship-kit demo',
    colon: ': ',
    id: 'Id',
    cohort: 'The sample cohort',
    topics: 'Topics',
    topic: 'Topic',
    mentors: 'Mentors',
    mentees: 'Mentees',
    mentor: 'Mentor',
    mentee: 'Mentee',
    name: 'Name',
    zone: 'Time zone',
    languages: 'Languages',
    role: 'Role',
    capacity: 'Places',
    years: 'Years',
    valid: 'all documents are valid',
    matching: (mentees, mentors) =>
      `Matching ${mentees} mentees to ${mentors} mentors (optimal, stable, greedy)…`,
    done: (ms) => `done in ${ms.toFixed(0)} ms`,
    optimal: 'Optimal assignment (maximum total score under capacities)',
    score: 'Score',
    reasons: 'Top reasons',
    unmatched: 'Not matched',
    reason: 'Reason',
    strategies: 'The three strategies on the same cohort',
    strategy: 'Strategy',
    strategyNames: { optimal: 'optimal', stable: 'stable', greedy: 'greedy' },
    roles: {
      developer: 'Developer',
      architect: 'Architect',
      'business-analyst': 'Business analyst',
      administrator: 'Administrator',
      consultant: 'Consultant',
    },
    pairs: 'Pairs',
    total: 'Total',
    mean: 'Mean',
    min: 'Lowest',
    walk: (mentor, mentee) =>
      `One relationship from proposal to completion: ${mentor} and ${mentee}`,
    stage: 'Stage',
    at: (dateTime) => `on ${dateTime}`,
    completion: 'Checklist completion',
    health: 'Health',
    next: 'Next for the mentee',
    none: '(nothing due)',
    diagram: 'The lifecycle as a Mermaid diagram',
    programme: 'The programme: a round from applications to the report',
    roundSteps: (c) => [
      `Applications: ${c.applied}; screened and onboarded, ready to match: ${c.ready}`,
      `Round matched: ${c.proposed} proposals staged for review, ${c.waitlisted} on the waitlist`,
      `Relationships started (both sides accepted): ${c.started}`,
    ],
    reportAt: (date) => `The programme report on ${date} (a selection of its figures)`,
    figure: 'Figure',
    value: 'Value',
  },
  de: {
    languageName: 'Deutsch',
    title: 'mentorship-kit – Demo',
    colon: ': ',
    id: 'Kennung',
    cohort: 'Die Beispiel-Kohorte',
    topics: 'Themen',
    topic: 'Thema',
    mentors: 'Mentor:innen',
    mentees: 'Mentees',
    mentor: 'Mentor:in',
    mentee: 'Mentee',
    name: 'Name',
    zone: 'Zeitzone',
    languages: 'Sprachen',
    role: 'Rolle',
    capacity: 'Plätze',
    years: 'Jahre',
    valid: 'alle Dokumente sind gültig',
    matching: (mentees, mentors) =>
      `Ordne ${mentees} Mentees ${mentors} Mentor:innen zu (optimal, stabil, gierig) …`,
    done: (ms) => `fertig in ${ms.toFixed(0)} ms`,
    optimal: 'Optimale Zuordnung (höchste Gesamtbewertung unter den Kapazitäten)',
    score: 'Bewertung',
    reasons: 'Wichtigste Gründe',
    unmatched: 'Nicht zugeordnet',
    reason: 'Grund',
    strategies: 'Die drei Strategien auf derselben Kohorte',
    strategy: 'Strategie',
    strategyNames: { optimal: 'optimal', stable: 'stabil', greedy: 'gierig' },
    roles: {
      developer: 'Entwickler:in',
      architect: 'Architekt:in',
      'business-analyst': 'Business-Analyst:in',
      administrator: 'Administrator:in',
      consultant: 'Berater:in',
    },
    pairs: 'Paare',
    total: 'Summe',
    mean: 'Mittel',
    min: 'Niedrigste',
    walk: (mentor, mentee) =>
      `Eine Beziehung vom Vorschlag bis zum Abschluss: ${mentor} und ${mentee}`,
    stage: 'Phase',
    at: (dateTime) => `am ${dateTime}`,
    completion: 'Checklisten-Fortschritt',
    health: 'Zustand',
    next: 'Als Nächstes zu tun (Mentee)',
    none: '(nichts fällig)',
    diagram: 'Der Lebenszyklus als Mermaid-Diagramm',
    programme: 'Das Programm: eine Runde von der Bewerbung bis zum Bericht',
    roundSteps: (c) => [
      `Bewerbungen: ${c.applied}; gesichtet und eingeführt, bereit zur Zuordnung: ${c.ready}`,
      `Runde zugeordnet: ${c.proposed} Vorschläge zur Prüfung, ${c.waitlisted} auf der Warteliste`,
      `Begonnene Beziehungen (beide Seiten haben angenommen): ${c.started}`,
    ],
    reportAt: (date) => `Der Programmbericht am ${date} (eine Auswahl der Werte)`,
    figure: 'Kennzahl',
    value: 'Wert',
  },
  fr: {
    languageName: 'français',
    title: 'mentorship-kit – démonstration',
    colon: '\u00a0: ',
    id: 'Identifiant',
    cohort: 'La cohorte d’exemple',
    topics: 'Thèmes',
    topic: 'Thème',
    mentors: 'Mentors',
    mentees: 'Mentorés',
    mentor: 'Mentor',
    mentee: 'Mentoré',
    name: 'Nom',
    zone: 'Fuseau horaire',
    languages: 'Langues',
    role: 'Rôle',
    capacity: 'Places',
    years: 'Années',
    valid: 'tous les documents sont valides',
    matching: (mentees, mentors) =>
      `Attribution de ${mentees} mentorés à ${mentors} mentors (optimale, stable, gloutonne)…`,
    done: (ms) => `terminé en ${ms.toFixed(0)} ms`,
    optimal: 'Attribution optimale (meilleur score total dans les limites de places)',
    score: 'Score',
    reasons: 'Raisons principales',
    unmatched: 'Sans binôme',
    reason: 'Raison',
    strategies: 'Les trois stratégies sur la même cohorte',
    strategy: 'Stratégie',
    strategyNames: { optimal: 'optimale', stable: 'stable', greedy: 'gloutonne' },
    roles: {
      developer: 'Développeur·se',
      architect: 'Architecte',
      'business-analyst': 'Analyste métier',
      administrator: 'Administrateur·rice',
      consultant: 'Consultant·e',
    },
    pairs: 'Binômes',
    total: 'Total',
    mean: 'Moyenne',
    min: 'Minimum',
    walk: (mentor, mentee) =>
      `Une relation de la proposition à la clôture : ${mentor} et ${mentee}`,
    stage: 'Étape',
    at: (dateTime) => `le ${dateTime}`,
    completion: 'Avancement des listes',
    health: 'État',
    next: 'Prochaines actions du mentoré',
    none: '(rien à faire)',
    diagram: 'Le cycle de vie en diagramme Mermaid',
    programme: 'Le programme : une session, des candidatures au rapport',
    roundSteps: (c) => [
      `Candidatures : ${c.applied} ; examinées et intégrées, prêtes pour l’appariement : ${c.ready}`,
      `Session appariée : ${c.proposed} propositions à valider, ${c.waitlisted} sur la liste d’attente`,
      `Relations commencées (acceptées des deux côtés) : ${c.started}`,
    ],
    reportAt: (date) => `Le rapport du programme au ${date} (une sélection de ses chiffres)`,
    figure: 'Indicateur',
    value: 'Valeur',
  },
  es: {
    languageName: 'español',
    title: 'mentorship-kit – demostración',
    colon: ': ',
    id: 'Identificador',
    cohort: 'La cohorte de ejemplo',
    topics: 'Temas',
    topic: 'Tema',
    mentors: 'Mentores',
    mentees: 'Mentorados',
    mentor: 'Mentor',
    mentee: 'Mentorado',
    name: 'Nombre',
    zone: 'Zona horaria',
    languages: 'Idiomas',
    role: 'Rol',
    capacity: 'Plazas',
    years: 'Años',
    valid: 'todos los documentos son válidos',
    matching: (mentees, mentors) =>
      `Asignando ${mentees} mentorados a ${mentors} mentores (óptima, estable, voraz)…`,
    done: (ms) => `listo en ${ms.toFixed(0)} ms`,
    optimal: 'Asignación óptima (máxima puntuación total dentro de las plazas)',
    score: 'Puntuación',
    reasons: 'Motivos principales',
    unmatched: 'Sin pareja',
    reason: 'Motivo',
    strategies: 'Las tres estrategias sobre la misma cohorte',
    strategy: 'Estrategia',
    strategyNames: { optimal: 'óptima', stable: 'estable', greedy: 'voraz' },
    roles: {
      developer: 'Desarrollador/a',
      architect: 'Arquitecto/a',
      'business-analyst': 'Analista de negocio',
      administrator: 'Administrador/a',
      consultant: 'Consultor/a',
    },
    pairs: 'Parejas',
    total: 'Total',
    mean: 'Media',
    min: 'Mínimo',
    walk: (mentor, mentee) => `Una relación de la propuesta al cierre: ${mentor} y ${mentee}`,
    stage: 'Etapa',
    at: (dateTime) => `el ${dateTime}`,
    completion: 'Avance de las listas',
    health: 'Estado',
    next: 'Lo siguiente para el mentorado',
    none: '(nada pendiente)',
    diagram: 'El ciclo de vida como diagrama Mermaid',
    programme: 'El programa: una ronda de las solicitudes al informe',
    roundSteps: (c) => [
      `Solicitudes: ${c.applied}; revisadas e incorporadas, listas para emparejar: ${c.ready}`,
      `Ronda emparejada: ${c.proposed} propuestas para revisar, ${c.waitlisted} en la lista de espera`,
      `Relaciones iniciadas (aceptadas por ambas partes): ${c.started}`,
    ],
    reportAt: (date) => `El informe del programa el ${date} (una selección de sus cifras)`,
    figure: 'Indicador',
    value: 'Valor',
  },
};

/**
 * Notes on a --locale the demo cannot honour. They are shown when the tour
 * falls back to English, so they are in English.
 */
export const localeNotes = {
  unknown: (tag: string, available: readonly string[]) =>
    `No texts for "${tag}"; showing English. Languages available: ${available.join(', ')}.`,
  notATag: (value: string, available: readonly string[]) =>
    `"${value}" is not a language tag (try --locale de-DE or --locale=fr); showing English. Languages available: ${available.join(', ')}.`,
  missing: '--locale needs a language tag, e.g. --locale de-DE or --locale=fr; showing English.',
};
