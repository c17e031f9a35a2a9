package vn.r57.render.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.render.site.SitePaths;

/**
 * {@code /sitemap.xml}: every indexable page in both languages, each naming its twin and the Vietnamese page as
 * x-default ({@code xhtml:link rel="alternate"}), the same alternates the pages carry in their heads.
 */
final class Sitemap {

    private Sitemap() {}

    static byte[] render(String siteUrl, Catalog catalog) {
        List<Function<Lang, String>> pages = new ArrayList<>();
        pages.add(SitePaths::home);
        pages.add(SitePaths::status);
        pages.add(SitePaths::data);
        pages.add(SitePaths::about);
        for (Province province : catalog.provinces()) {
            pages.add(lang -> SitePaths.province(lang, province.id()));
        }
        for (Indicator indicator : catalog.indicators()) {
            pages.add(lang -> SitePaths.indicator(lang, indicator.id()));
        }
        for (Province province : catalog.currentProvinces()) {
            pages.add(lang -> SitePaths.unitStatus(lang, province.id()));
        }
        StringBuilder xml = new StringBuilder(64 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Function<Lang, String> page : pages) {
            for (Lang lang : Lang.values()) {
                xml.append("<url><loc>").append(siteUrl).append(page.apply(lang)).append("</loc>");
                for (Lang alternate : Lang.values()) {
                    link(xml, alternate.code(), siteUrl + page.apply(alternate));
                }
                link(xml, "x-default", siteUrl + page.apply(Lang.VI));
                xml.append("</url>\n");
            }
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void link(StringBuilder xml, String hreflang, String href) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"").append(href)
                .append("\"/>");
    }
}
