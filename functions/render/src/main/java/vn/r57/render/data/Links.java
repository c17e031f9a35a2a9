package vn.r57.render.data;

/**
 * Object keys and public addresses of the open data files. Keys have no leading slash (S3 style); addresses are the
 * site URL (no trailing slash) followed by {@code /} and the key.
 */
public final class Links {

    public static final String ROOT = "data/v1/";
    public static final String CATALOG = ROOT + "catalog.json";
    public static final String OBSERVATIONS = ROOT + "observations.csv";
    public static final String PROGRESS = ROOT + "progress.csv";
    public static final String REPORTING_STATUS = ROOT + "reporting-status.csv";
    public static final String DATAPACKAGE = ROOT + "datapackage.json";
    public static final String FEED = ROOT + "feed.atom";
    public static final String REGIONS = ROOT + "regions.csv";
    public static final String SCHEMA_DIR = ROOT + "schema/";
    public static final String OPENAPI = ROOT + "openapi.yaml";

    private final String siteUrl;

    public Links(String siteUrl) {
        this.siteUrl = check(siteUrl);
    }

    /** {@code siteUrl} when it is an http(s) address without a trailing slash; an error naming the problem otherwise. */
    public static String check(String siteUrl) {
        if (!siteUrl.startsWith("https://") && !siteUrl.startsWith("http://")) {
            throw new IllegalArgumentException("the site URL must be an http(s) address: " + siteUrl);
        }
        if (siteUrl.endsWith("/")) {
            throw new IllegalArgumentException("the site URL must not end with a slash: " + siteUrl);
        }
        return siteUrl;
    }

    public static String province(String id) {
        return ROOT + "provinces/" + id + ".json";
    }

    public static String indicator(String id) {
        return ROOT + "indicators/" + id + ".json";
    }

    public static String schema(String name) {
        return SCHEMA_DIR + name + ".schema.json";
    }

    public String url(String key) {
        return siteUrl + "/" + key;
    }

    public String siteUrl() {
        return siteUrl;
    }

    /** The authority of the site URL, for tag: URIs (RFC 4151). */
    public String host() {
        return java.net.URI.create(siteUrl).getHost();
    }
}
