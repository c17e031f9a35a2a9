package vn.r57.core;

/**
 * The names of the environment variables that tell the functions (and the local runner, which runs them) where their
 * resources are. template.yaml sets them; each function's {@code Config} reads the ones it needs.
 */
public final class EnvironmentVariables {

    /** The DynamoDB table of submissions, revisions and keys. */
    public static final String TABLE_NAME = "TABLE_NAME";
    /** The S3 bucket the portal is published to. */
    public static final String BUCKET_NAME = "BUCKET_NAME";
    /** The public base address, no trailing slash: every absolute link in the rendered files starts with it. */
    public static final String SITE_URL = "SITE_URL";

    private EnvironmentVariables() {}
}
