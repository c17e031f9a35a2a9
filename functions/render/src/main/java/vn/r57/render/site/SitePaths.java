package vn.r57.render.site;

import vn.r57.core.Lang;
import vn.r57.render.data.Links;

/**
 * The portal's public addresses, root-relative. They are part of the public contract: journalists link to them,
 * so they change only with a new version.
 */
public final class SitePaths {

    // The open data files, at the keys the open data publishes them under.
    public static final String CATALOG = "/" + Links.CATALOG;
    public static final String OBSERVATIONS = "/" + Links.OBSERVATIONS;
    public static final String PROGRESS_CSV = "/" + Links.PROGRESS;
    public static final String REPORTING_STATUS = "/" + Links.REPORTING_STATUS;
    public static final String DATA_PACKAGE = "/" + Links.DATAPACKAGE;
    public static final String FEED = "/" + Links.FEED;
    /** The submission API's description, published with the open data from the repository's {@code openapi.yaml}. */
    public static final String OPENAPI = "/" + Links.OPENAPI;
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";

    private SitePaths() {}

    public static String home(Lang lang) {
        return "/" + lang.code() + "/";
    }

    public static String province(Lang lang, String provinceId) {
        return home(lang) + "provinces/" + provinceId + "/";
    }

    public static String indicator(Lang lang, String indicatorId) {
        return home(lang) + "indicators/" + indicatorId + "/";
    }

    /** A unit's chart of one indicator as a standalone SVG, beside its page. */
    public static String provinceChart(Lang lang, String provinceId, String indicatorId) {
        return province(lang, provinceId) + indicatorId + ".svg";
    }

    /** An indicator's tile map as a standalone SVG, beside its page. */
    public static String indicatorMap(Lang lang, String indicatorId) {
        return indicator(lang, indicatorId) + "map.svg";
    }

    /**
     * The page for a missing address: the Vietnamese one at the root, where CloudFront's error response and plain
     * S3 website hosting look for it.
     */
    public static String notFound(Lang lang) {
        return lang == Lang.VI ? "/404.html" : "/" + lang.code() + "/404.html";
    }

    /** The object key of a root-relative address: no leading slash, a folder address ends in index.html. */
    public static String key(String path) {
        String key = path.substring(1);
        return key.isEmpty() || key.endsWith("/") ? key + "index.html" : key;
    }

    public static String progress(Lang lang) {
        return home(lang) + "progress/";
    }

    public static String status(Lang lang) {
        return home(lang) + "status/";
    }

    /** What one current unit owes, and when. */
    public static String unitStatus(Lang lang, String provinceId) {
        return status(lang) + provinceId + "/";
    }

    public static String data(Lang lang) {
        return home(lang) + "data/";
    }

    /** Every region of both schemes. */
    public static String regions(Lang lang) {
        return home(lang) + "regions/";
    }

    public static String region(Lang lang, String regionId) {
        return regions(lang) + regionId + "/";
    }

    /** A region's units on the tile map, as a standalone SVG beside its page. */
    public static String regionMap(Lang lang, String regionId) {
        return region(lang, regionId) + "map.svg";
    }

    /** Units side by side; the chosen units travel in the query ({@code ?units=ha-noi,hue}). */
    public static String compare(Lang lang) {
        return home(lang) + "compare/";
    }

    public static String about(Lang lang) {
        return home(lang) + "about/";
    }
}
