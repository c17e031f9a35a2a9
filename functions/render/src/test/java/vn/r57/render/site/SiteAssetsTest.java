package vn.r57.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAssetsTest {

    private final SiteAssets assets = SiteAssets.load();

    @Test
    void assetsAreNamedAfterTheFirstTwelveHexDigitsOfTheirSha256() throws Exception {
        String cssHash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(assets.stylesheet().bytes()))
                .substring(0, 12);

        assertEquals("/assets/site." + cssHash + ".css", assets.stylesheet().publicPath());
        assertEquals("text/css; charset=utf-8", assets.stylesheet().contentType());
        assertTrue(assets.icon().publicPath().matches("/assets/favicon\\.[0-9a-f]{12}\\.svg"));
        assertTrue(assets.compareScript().publicPath().matches("/assets/compare\\.[0-9a-f]{12}\\.js"));
        assertEquals("text/javascript; charset=utf-8", assets.compareScript().contentType());
        assertEquals(List.of(assets.stylesheet(), assets.icon(), assets.compareScript()), assets.all());
    }

    @Test
    void theStylesheetFetchesNothingElseFromAnywhere() {
        String css = new String(assets.stylesheet().bytes(), StandardCharsets.UTF_8);

        assertFalse(css.contains("@import"), "no @import");
        assertFalse(css.contains("url("), "no url(): no web fonts, no remote images");
        assertFalse(css.contains("@font-face"), "system fonts only");
    }

    @Test
    void theStylesheetCarriesFocusAndPrintRules() {
        String css = new String(assets.stylesheet().bytes(), StandardCharsets.UTF_8);

        assertTrue(css.contains(":focus-visible {"));
        assertTrue(css.contains("@media print {"));
        assertTrue(css.contains(".visually-hidden {"));
    }

    @Test
    void theIconIsAPlainSvgWithoutScript() {
        String svg = new String(assets.icon().bytes(), StandardCharsets.UTF_8);

        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(svg.contains("<script"));
    }
}
