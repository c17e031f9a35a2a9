package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;

/**
 * The worked example is computed by the progress measure itself; the About page prints it, and docs/methodology.md
 * must quote the very same steps, so the documented numbers cannot drift from the published ones.
 */
class WorkedExampleTest {

    private static final Path METHODOLOGY = Path.of("../../docs/methodology.md");
    private static final WorkedExample EXAMPLE = WorkedExample.of(Catalog.load());

    @Test
    void theStepsAsComputed() {
        // (48.4 / 40)^(1/2) − 1 = 10 %; (80 / 40)^(1/6) − 1 = 12.25 %; 10 / 12.25 = 0.817; 48.4 × 1.1⁴ = 70.86244.
        assertEquals(List.of(
                        "Base: 40% in 2024; current: 48.4% in 2026; target: 80% by 2030 (national).",
                        "Observed growth: (48.4% ÷ 40%)^(1/2) − 1 = +10.00%/year.",
                        "Required growth: (80% ÷ 40%)^(1/6) − 1 = +12.25%/year.",
                        "Ratio: 10.00 ÷ 12.25 = 0.817, between 0.6 and 0.95: Progress, acceleration needed.",
                        "Projection at the observed rate: 48.4% × (1 + 10.00%)^4 = 70.86% in 2030."),
                EXAMPLE.steps(new Formats(Lang.EN, Catalog.load())));
    }

    @Test
    void theMethodologyDocumentQuotesEveryStep() throws IOException {
        String doc = Files.readString(METHODOLOGY);

        for (String step : EXAMPLE.steps(new Formats(Lang.EN, Catalog.load()))) {
            assertTrue(doc.contains("1. " + step), "docs/methodology.md lacks the step: " + step);
        }
    }

    @Test
    void theAboutPagePrintsTheStepsInEachLanguage() {
        String vi = RenderedPages.get("vi/about/index.html");
        String en = RenderedPages.get("en/about/index.html");

        assertTrue(en.contains("<li>Ratio: 10.00 ÷ 12.25 = 0.817, between 0.6 and 0.95: Progress, acceleration needed.</li>"), en);
        assertTrue(vi.contains("<li>Tỷ số: 10,00 ÷ 12,25 = 0,817, trong khoảng 0,6 đến 0,95: Có tiến bộ, cần tăng tốc.</li>"), vi);
        assertTrue(en.contains("<h2 id=\"progress-method-heading\">"), "the anchor pages link to");
    }
}
