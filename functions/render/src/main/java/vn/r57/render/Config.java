package vn.r57.render;

import java.util.Map;
import vn.r57.render.data.Links;

/** The render function's settings, from its environment. */
public record Config(String tableName, String bucketName, String siteUrl) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String BUCKET_NAME = "BUCKET_NAME";
    /** The public base address, no trailing slash: every absolute link in the files starts with it. */
    public static final String SITE_URL = "SITE_URL";

    public Config {
        Links.check(siteUrl);
    }

    public static Config fromEnvironment(Map<String, String> environment) {
        return new Config(
                required(environment, TABLE_NAME), required(environment, BUCKET_NAME), required(environment, SITE_URL));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
