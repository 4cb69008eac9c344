/**
 * Tillgänglighetsredogörelse (accessibility statement), following the structure DIGG asks of
 * Swedish public bodies under the law on accessibility of digital public services (DOS-lagen).
 * The organisation that publishes the workbench adds its contact details where marked.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from '../LightElement.js';
import type { Lang } from '../../i18n/Lang.js';

/** When the page was last assessed (automated and manual tests, see docs/accessibility.md). */
export const ASSESSED = { sv: '24 november 2026', en: '24 November 2026' } as const;

@customElement('accessibility-statement')
export class AccessibilityStatement extends LightElement {
  @property() language: Lang = 'sv';

  protected override render() {
    return this.language === 'sv' ? this.sv() : this.en();
  }

  private sv() {
    return html`<article class="statement">
      <h1 tabindex="-1" class="view-heading">Tillgänglighetsredogörelse</h1>
      <p>Den här webbplatsen är ett verktyg för att simulera resultatbaserad ersättning inom socialtjänsten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.</p>
      <h2>Hur tillgänglig är webbplatsen?</h2>
      <p>Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA. Det går att använda hela verktyget med enbart tangentbord, allt innehåll finns på svenska och engelska, och varje diagram har en beskrivning i text och samma siffror som tabell.</p>
      <p>Vi känner till följande brister:</p>
      <ul>
        <li>Verktygstipsen som visas när muspekaren vilar över en punkt i ett diagram går inte att nå med tangentbord. Samma uppgifter finns i tabellen under varje diagram (”Visa som tabell”).</li>
        <li>Diagrammen är ritade som bilder (SVG). En skärmläsare läser upp diagrammets beskrivning men inte enskilda punkter; använd tabellen för detaljer.</li>
        <li>Rapporten som sparas som PDF via webbläsarens utskrift får den tillgänglighet webbläsaren ger den; den är inte granskad som ett taggat PDF-dokument.</li>
      </ul>
      <h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
      <p>Om du behöver innehållet i ett annat format, eller hittar ett problem som inte står ovan, kontakta den förvaltning som har publicerat verktyget. Beskriv problemet och vilken webbläsare och vilka hjälpmedel du använder.</p>
      <h2>Rapportera brister</h2>
      <p>Vi strävar efter att rätta brister så snart vi kan. Kontakta den förvaltning som har publicerat verktyget om du upptäcker problem som inte beskrivs här.</p>
      <h2>Tillsyn</h2>
      <p>Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du <a href="https://www.digg.se/tdosanmalan" rel="noopener">kontakta DIGG och påtala det</a>.</p>
      <h2>Hur vi testat webbplatsen</h2>
      <p>Varje vy testas automatiskt med axe-core i en webbläsare utan fönster, på svenska och på engelska, och testet kräver att inga allvarliga eller kritiska fel finns. Vi har också gått igenom alla vyer med enbart tangentbord och granskat dem i bredderna 1280 och 390 bildpunkter. Färgerna i diagrammen (Okabe–Ito) går att skilja åt vid de vanligaste formerna av färgblindhet, och status visas också med form.</p>
      <p>Webbplatsen bedömdes senast den ${ASSESSED.sv}.</p>
    </article>`;
  }

  private en() {
    return html`<article class="statement">
      <h1 tabindex="-1" class="view-heading">Accessibility statement</h1>
      <p>This website is a tool for simulating outcome-based payment in social services. We want as many people as possible to be able to use it. This statement describes how the website meets the Swedish Act (2018:1937) on accessibility to digital public services, the known shortcomings and how to report problems.</p>
      <h2>How accessible is the website?</h2>
      <p>The website is partially compliant with WCAG 2.1 level AA. The whole tool can be used with the keyboard alone, all content is in Swedish and English, and every chart has a description in text and the same figures as a table.</p>
      <p>We know of the following shortcomings:</p>
      <ul>
        <li>The tooltips shown when the mouse pointer rests on a point in a chart cannot be reached with the keyboard. The same information is in the table under each chart ("Show as a table").</li>
        <li>Charts are drawn as images (SVG). A screen reader reads the chart's description but not single points; use the table for details.</li>
        <li>The report saved as PDF through the browser's print has the accessibility the browser gives it; it has not been reviewed as a tagged PDF document.</li>
      </ul>
      <h2>What can you do if you cannot use parts of the website?</h2>
      <p>If you need the content in another format, or find a problem not listed above, contact the department that has published the tool. Describe the problem and which browser and assistive technology you use.</p>
      <h2>Report shortcomings</h2>
      <p>We aim to fix shortcomings as soon as we can. Contact the department that has published the tool if you find problems not described here.</p>
      <h2>Supervision</h2>
      <p>The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can <a href="https://www.digg.se/tdosanmalan" rel="noopener" hreflang="sv">contact DIGG and report it</a>.</p>
      <h2>How we tested the website</h2>
      <p>Every view is tested automatically with axe-core in a headless browser, in Swedish and in English, and the test requires that no serious or critical violation is found. We have also gone through every view with the keyboard alone and reviewed them at widths of 1280 and 390 pixels. The chart colours (Okabe–Ito) can be told apart with the most common forms of colour blindness, and status is also shown by shape.</p>
      <p>The website was last assessed on ${ASSESSED.en}.</p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accessibility-statement': AccessibilityStatement;
  }
}
