/**
 * The documents the defaults in models/ cite, written once as a reader would cite them
 * (author, title, year, where to find it). docs/model.md lists them with what each supports.
 */
export const SOURCES = {
  /** The city's proposed follow-up model: five questions, three-level assessment, 30 minutes, four inspectors. */
  followUpModel: 'Stockholms stad, socialförvaltningen: Stadsövergripande uppföljningsmodell – redovisning av budgetuppdrag, tjänsteutlåtande till socialnämnden, 2021',
  /** The motion with the four outcome measures. */
  motion: 'Gabriel Kroon (SD): Motion om utfallsmått i den sociala omsorgen, Stockholms stad, dnr KS 2023/106, 2023',
  /** The executive board's statement on the motion, with the referral answers. */
  boardStatement: 'Stockholms stad, kommunstyrelsen: Utlåtande Rotel IV, Motion om utfallsmått i den sociala omsorgen, dnr KS 2023/106, 23 augusti 2023',
  /** The social services' report on evaluating effects. */
  effectReport: 'Stockholms stad, socialförvaltningen: Att utvärdera effekter av socialtjänstens insatser – rapportering av budgetuppdrag, tjänsteutlåtande till socialnämnden 22 november 2022',
  /** Södermalm's answer to the referral. */
  sodermalm: 'Södermalms stadsdelsnämnd: Motion om utfallsmått i den sociala omsorgen, svar på remiss, protokoll § 11, dnr SÖD 2023/248, 15 juni 2023',
  /** IVO's supervision of youth residential care, as cited in the follow-up model proposal. */
  ivo: 'IVO (Inspektionen för vård och omsorg): Omfattande brister i kommunernas handläggning av ärenden som rör barn och unga, 2020, ivo.se',
  /** SKR's national user survey in individual and family care. */
  skrSurvey: 'SKR: Brukarundersökning individ- och familjeomsorg, nationella resultat 2021, 2022 och 2023',
  /** A municipality's reported cost of external youth HVB placements. */
  motala: 'Motala kommun, kostnader för externa HVB-placeringar av ungdomar, rapporterade 2018',
  /** Sweden's first social outcomes contract. */
  norrkoping: 'Norrköpings kommun: socialt utfallskontrakt för placerade barn och unga 2016–2019; RISE, utvärdering, 2020',
  /** National statistics on placements of children and young people. */
  placementStatistics: 'Socialstyrelsen: Statistik om socialtjänstinsatser till barn och unga 2019 (2020)',
} as const;
