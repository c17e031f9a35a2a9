package vn.r57.submit;

import java.util.Map;
import vn.r57.core.EnvironmentVariables;

/** The submit function's settings, read once from its environment. */
public record Config(String tableName) {

    public static final String TABLE_NAME = EnvironmentVariables.TABLE_NAME;

    public Config {
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalStateException("set " + TABLE_NAME + " to the DynamoDB table's name");
        }
    }

    public static Config fromEnvironment(Map<String, String> environment) {
        return new Config(environment.get(TABLE_NAME));
    }
}
