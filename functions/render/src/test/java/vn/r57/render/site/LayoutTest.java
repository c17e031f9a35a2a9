package vn.r57.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;

/** The layout as the Lambda runs it: from the classes the build precompiled, never from template source. */
class LayoutTest {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final SiteAssets ASSETS = SiteAssets.load();
    private static final Site DEMO_SITE = Site.of("https://r57.example.vn", true, ASSETS);
    private static final Site LIVE_SITE = Site.of("https://r57.example.vn", false, ASSETS);

    private static final Content DUMMY = output -> output.writeContent("<h1>Hà Nội</h1>");

    private static String render(PageMeta page, Content content) {
        StringOutput output = new StringOutput();
        ENGINE.render("layout.jte", Map.of("page", page, "content", content), output);
        return output.toString();
    }

    private static PageMeta haNoi(Site site, Lang lang, String title) {
        String vi = "/vi/provinces/ha-noi/";
        String en = "/en/provinces/ha-noi/";
        return PageMeta.of(site, lang, lang == Lang.VI ? vi : en, lang == Lang.VI ? en : vi, Section.OVERVIEW, title,
                "Số liệu \"mới nhất\" <của> Hà Nội & lịch sử điều chỉnh.");
    }

    @Test
    void pageTextIsEscapedForTheContextItLandsIn() {
        String html = render(haNoi(LIVE_SITE, Lang.VI, "Hà Nội <script>alert(1)</script>"), DUMMY);

        assertTrue(html.contains(
                "<title>Hà Nội &lt;script&gt;alert(1)&lt;/script&gt; – Tiến độ Nghị quyết 57</title>\n"), html);
        assertTrue(html.contains("<meta name=\"description\" content=\"Số liệu &#34;mới nhất&#34; &lt;của> Hà Nội"
                + " &amp; lịch sử điều chỉnh.\">\n"), html);
        assertTrue(html.contains(
                "<meta property=\"og:title\" content=\"Hà Nội &lt;script>alert(1)&lt;/script>\">\n"), html);
        assertFalse(html.contains("<script"), "no script element, inline or not");
    }

    @Test
    void theHeadNamesTheCanonicalPageItsTwinAndItsOpenGraphCard() {
        String html = render(haNoi(LIVE_SITE, Lang.VI, "Hà Nội"), DUMMY);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
        assertTrue(html.contains("""
                <link rel="canonical" href="https://r57.example.vn/vi/provinces/ha-noi/">
                <link rel="alternate" hreflang="vi" href="https://r57.example.vn/vi/provinces/ha-noi/">
                <link rel="alternate" hreflang="en" href="https://r57.example.vn/en/provinces/ha-noi/">
                <link rel="alternate" hreflang="x-default" href="https://r57.example.vn/vi/provinces/ha-noi/">
                <meta property="og:type" content="website">
                <meta property="og:site_name" content="Tiến độ Nghị quyết 57">
                <meta property="og:title" content="Hà Nội">
                """), html);
        assertTrue(html.contains("""
                <meta property="og:url" content="https://r57.example.vn/vi/provinces/ha-noi/">
                <meta property="og:locale" content="vi_VN">
                <meta property="og:locale:alternate" content="en_GB">
                """), html);
        assertTrue(html.contains(
                "<link rel=\"stylesheet\" href=\"" + ASSETS.stylesheet().publicPath() + "\">\n"), html);
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToTheMainLandmark() {
        String html = render(haNoi(LIVE_SITE, Lang.VI, "Hà Nội"), DUMMY);

        assertTrue(html.contains(
                "<body>\n<a class=\"skip-link\" href=\"#main\">Chuyển đến nội dung chính</a>\n<header"), html);
        assertTrue(html.contains("""
                <main id="main" tabindex="-1">
                <div class="wrap page">
                <h1>Hà Nội</h1>
                </div>
                </main>
                """), html);
    }

    @Test
    void theLanguageSwitchLinksTheTwinPageAndMarksItsLanguage() {
        String vi = render(haNoi(LIVE_SITE, Lang.VI, "Hà Nội"), DUMMY);
        String en = render(haNoi(LIVE_SITE, Lang.EN, "Hanoi"), DUMMY);

        assertTrue(vi.contains("""
                <nav class="language" aria-label="Ngôn ngữ">
                <a href="/en/provinces/ha-noi/" hreflang="en" lang="en">English</a>
                </nav>
                """), vi);
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), en);
        assertTrue(en.contains("""
                <nav class="language" aria-label="Language">
                <a href="/vi/provinces/ha-noi/" hreflang="vi" lang="vi">Tiếng Việt</a>
                </nav>
                """), en);
    }

    @Test
    void theMainNavigationMarksTheSectionOfTheCurrentPage() {
        String html = render(haNoi(LIVE_SITE, Lang.EN, "Hanoi"), DUMMY);

        assertTrue(html.contains("""
                <nav class="site-nav" aria-label="Main">
                <ul class="wrap">
                <li><a href="/en/" aria-current="true">Overview</a></li>
                <li><a href="/en/progress/">On track?</a></li>
                <li><a href="/en/status/">Reporting status</a></li>
                <li><a href="/en/regions/">Regions</a></li>
                <li><a href="/en/data/">Open data</a></li>
                <li><a href="/en/about/">About</a></li>
                </ul>
                </nav>
                """), html);
    }

    @Test
    void demonstrationDataIsAnnouncedOnEveryPageOfADemoSiteOnly() {
        String demo = render(haNoi(DEMO_SITE, Lang.VI, "Hà Nội"), DUMMY);
        String live = render(haNoi(LIVE_SITE, Lang.VI, "Hà Nội"), DUMMY);

        assertTrue(demo.contains("""
                <main id="main" tabindex="-1">
                <div class="demo-banner" role="note">
                <div class="wrap"><p><strong class="badge badge-demo">Dữ liệu minh họa</strong> Số liệu trên trang này được trích từ các bài báo đã đăng, chỉ dùng để trình diễn cổng dữ liệu. Đây không phải báo cáo chính thức của các tỉnh, thành phố.</p></div>
                </div>
                """), demo);
        assertFalse(live.contains("demo-banner"), live);
    }

    @Test
    void theFooterGivesTheLicenceAndTheOpenDataFiles() {
        String html = render(haNoi(LIVE_SITE, Lang.EN, "Hanoi"), DUMMY);

        assertTrue(html.contains("""
                <li><a href="/data/v1/catalog.json" type="application/json">Catalogue of indicators and provinces (JSON)</a></li>
                <li><a href="/data/v1/observations.csv" type="text/csv">All current values (CSV)</a></li>
                """), html);
        assertTrue(html.contains("<p><a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/deed.en\">"
                + "Creative Commons Attribution 4.0 International (CC BY 4.0)</a></p>\n"), html);
    }

    @Test
    void aPageThatIsNotIndexedHasNoCanonicalAddress() {
        PageMeta notFound = new PageMeta(LIVE_SITE, Lang.VI, "/404.html", "/en/404.html", Section.NONE,
                "Không tìm thấy trang", "Không có trang nào ở địa chỉ này.", false);

        String html = render(notFound, DUMMY);

        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">\n"), html);
        assertFalse(html.contains("rel=\"canonical\""), html);
        assertFalse(html.contains("aria-current"), html);
    }

    @Test
    void noPageCarriesInlineStylesOrScriptsTheContentSecurityPolicyWouldBlock() {
        String html = render(haNoi(DEMO_SITE, Lang.VI, "Hà Nội"), DUMMY);

        assertFalse(html.contains("style="), "inline style attribute");
        assertFalse(html.contains("<style"), "style element");
        assertFalse(html.contains("<script"), "script element");
        assertFalse(html.contains(" on"), "no inline event handler attributes such as onclick");
    }
}
