package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.core.region.Regions;
import vn.r57.render.site.SitePaths;

/**
 * {@code /sitemap.xml}: every indexable page in both languages, each naming its twin and the Vietnamese page as
 * x-default ({@code xhtml:link rel="alternate"}), the same alternates the pages carry in their heads.
 */
public final class Sitemap {

    /** One {@code <url>}: its address and the pages in every language that it is an alternate of. */
    public record Url(String loc, List<Alternate> alternates) {}

    public record Alternate(String hreflang, String href) {}

    private Sitemap() {}

    static byte[] render(String siteUrl, Catalog catalog) {
        List<Function<Lang, String>> pages = new ArrayList<>();
        pages.add(SitePaths::home);
        pages.add(SitePaths::progress);
        pages.add(SitePaths::status);
        pages.add(SitePaths::data);
        pages.add(SitePaths::about);
        for (Province province : catalog.provinces()) {
            pages.add(lang -> SitePaths.province(lang, province.id()));
        }
        for (Indicator indicator : catalog.indicators()) {
            pages.add(lang -> SitePaths.indicator(lang, indicator.id()));
        }
        pages.add(SitePaths::regions);
        for (Region region : Regions.load().all()) {
            pages.add(lang -> SitePaths.region(lang, region.id()));
        }
        pages.add(SitePaths::compare);
        for (Province province : catalog.currentProvinces()) {
            pages.add(lang -> SitePaths.unitStatus(lang, province.id()));
        }
        List<Url> urls = new ArrayList<>();
        for (Function<Lang, String> page : pages) {
            for (Lang lang : Lang.values()) {
                List<Alternate> alternates = new ArrayList<>();
                for (Lang alternate : Lang.values()) {
                    alternates.add(new Alternate(alternate.code(), siteUrl + page.apply(alternate)));
                }
                alternates.add(new Alternate("x-default", siteUrl + page.apply(Lang.VI)));
                urls.add(new Url(siteUrl + page.apply(lang), alternates));
            }
        }
        return PageRenderer.render("xml/sitemap.jte", Map.of("urls", urls));
    }
}
