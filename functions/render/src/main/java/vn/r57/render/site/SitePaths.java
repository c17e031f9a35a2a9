package vn.r57.render.site;

import vn.r57.core.Lang;

/**
 * The portal's public addresses, root-relative. They are part of the public contract: journalists link to them,
 * so they change only with a new version.
 */
public final class SitePaths {

    public static final String CATALOG = "/data/v1/catalog.json";
    public static final String OBSERVATIONS = "/data/v1/observations.csv";
    public static final String DATA_PACKAGE = "/data/v1/datapackage.json";
    public static final String FEED = "/data/v1/feed.atom";

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

    public static String status(Lang lang) {
        return home(lang) + "status/";
    }

    public static String data(Lang lang) {
        return home(lang) + "data/";
    }

    public static String about(Lang lang) {
        return home(lang) + "about/";
    }
}
