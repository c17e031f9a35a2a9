package vn.r57.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;

class PageMetaTest {

    private static final Site SITE = new Site("https://r57.example.vn", false, "/assets/site.css", "/assets/i.svg");

    @Test
    void alternatesNameEachLanguageAndSendEveryoneElseToVietnamese() {
        PageMeta page = PageMeta.of(
                SITE, Lang.EN, "/en/status/", "/vi/status/", Section.STATUS, "Reporting status", "Who reported.");

        assertEquals(
                List.of(
                        new AlternateLink("vi", "https://r57.example.vn/vi/status/"),
                        new AlternateLink("en", "https://r57.example.vn/en/status/"),
                        new AlternateLink("x-default", "https://r57.example.vn/vi/status/")),
                page.alternates());
        assertEquals("https://r57.example.vn/en/status/", page.canonicalUrl());
    }

    @Test
    void navigationMarksTheCurrentPageAndTheSectionAPageBelongsTo() {
        PageMeta status = PageMeta.of(
                SITE, Lang.VI, "/vi/status/", "/en/status/", Section.STATUS, "Tình hình báo cáo", "Ai đã báo cáo.");
        PageMeta province = PageMeta.of(SITE, Lang.VI, "/vi/provinces/hue/", "/en/provinces/hue/", Section.OVERVIEW,
                "Huế", "Số liệu của Huế.");

        assertEquals(
                List.of(
                        new NavLink("/vi/", "Tổng quan", null),
                        new NavLink("/vi/progress/", "Đúng lộ trình?", null),
                        new NavLink("/vi/status/", "Tình hình báo cáo", "page"),
                        new NavLink("/vi/regions/", "Vùng", null),
                        new NavLink("/vi/data/", "Dữ liệu mở", null),
                        new NavLink("/vi/about/", "Giới thiệu", null)),
                status.navigation());
        assertEquals(new NavLink("/vi/", "Tổng quan", "true"), province.navigation().get(0));
    }

    @Test
    void theHomePageIsTitledWithTheSiteNameOnce() {
        PageMeta home = PageMeta.of(SITE, Lang.VI, "/vi/", "/en/", Section.OVERVIEW, "Tiến độ Nghị quyết 57", "Mô tả.");
        PageMeta about = PageMeta.of(SITE, Lang.EN, "/en/about/", "/vi/about/", Section.ABOUT, "About", "How.");

        assertEquals("Tiến độ Nghị quyết 57", home.documentTitle());
        assertEquals("About – Resolution 57 Progress", about.documentTitle());
    }

    @Test
    void aSiteAddressMustBeAbsoluteWithoutATrailingSlash() {
        IllegalArgumentException slash = assertThrows(
                IllegalArgumentException.class, () -> new Site("https://r57.example.vn/", false, "/a.css", "/i.svg"));
        IllegalArgumentException relative =
                assertThrows(IllegalArgumentException.class, () -> new Site("r57.example.vn", false, "/a.css", "/i.svg"));

        assertEquals("Site URL must not end with a slash: https://r57.example.vn/", slash.getMessage());
        assertEquals("Site URL must be absolute (http or https): r57.example.vn", relative.getMessage());
    }

    @Test
    void pagePathsMustBeRootRelative() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PageMeta.of(
                SITE, Lang.VI, "//evil.example/", "/en/", Section.OVERVIEW, "Tiêu đề", "Mô tả."));

        assertEquals("path must be root-relative (start with one /): //evil.example/", error.getMessage());
    }
}
