package vn.r57.render;

import java.util.Map;
import vn.r57.core.EnvironmentVariables;
import vn.r57.render.data.Links;

/** The render function's settings, from its environment. */
public record Config(String tableName, String bucketName, String siteUrl) {

    public static final String TABLE_NAME = EnvironmentVariables.TABLE_NAME;
    public static final String BUCKET_NAME = EnvironmentVariables.BUCKET_NAME;
    public static final String SITE_URL = EnvironmentVariables.SITE_URL;

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
