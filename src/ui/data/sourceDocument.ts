/**
 * The city documents a shipped scenario draws on, cited as a reader would find them (the
 * scenario files name them by a short code).
 */
import type { Lang } from '../../i18n/Lang.js';

const DOCUMENTS: Readonly<Record<string, { sv: string; en: string }>> = {
  '000': { sv: 'Stockholms stad, utlåtande över motion om utfallsmått i den sociala omsorgen (KS 2023/106), 2023', en: 'City of Stockholm, statement on the motion on outcome measures in social care (KS 2023/106), 2023' },
  '001': { sv: 'Motion om utfallsmått för den sociala omsorgen, Stockholms kommunfullmäktige, 2023', en: 'Motion on outcome measures for social care, Stockholm City Council, 2023' },
  '002': { sv: 'Södermalms stadsdelsnämnd, svar på remiss KS 2023/106 (SÖD 2023/248), 2023', en: 'Södermalm district council, response to consultation KS 2023/106 (SÖD 2023/248), 2023' },
  '003': { sv: 'Socialförvaltningen, rapport om effektutvärdering till socialnämnden, 2022-11-22', en: 'Social services administration, report on effect evaluation to the social services committee, 22 Nov 2022' },
  '004': { sv: 'Stockholms stad, förslag till stadsövergripande modell för uppföljning inom socialtjänsten', en: 'City of Stockholm, proposed city-wide follow-up model for social services' },
};

/** The citation for a document code; an unknown code is shown as written (a user's own note). */
export function sourceDocument(code: string, lang: Lang): string {
  return DOCUMENTS[code]?.[lang] ?? code;
}
