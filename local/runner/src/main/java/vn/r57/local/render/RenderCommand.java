package vn.r57.local.render;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.r57.core.EnvironmentVariables;
import vn.r57.core.catalog.Catalog;
import vn.r57.local.Invocation;
import vn.r57.local.Portal;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderReport;
import vn.r57.render.Renderer;
import vn.r57.render.data.Links;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.RevisionSource;

/**
 * {@code portal render}: the render function's work into a folder, without AWS. Like the function, it keeps a
 * manifest in {@code DIR/_render/manifest.json} and rewrites only what changed. The report goes to standard output.
 */
@Command(name = "render", sortOptions = false, sortSynopsis = false,
        description = "Render the open data and the portal into a folder, as the render function does into the bucket,"
                + " rewriting only what changed since the last render there.")
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to render into")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the revisions come from. */
    static final class Source {

        @Option(names = "--revisions", paramLabel = "FILE.jsonl", required = true,
                description = "a file of revisions, one JSON object a line (docs/open-data.md)")
        Path revisions;

        @Option(names = "--table", paramLabel = "NAME", required = true,
                description = "a DynamoDB table (AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL, region, credentials)")
        String table;
    }

    @Option(names = "--site-url", paramLabel = "URL",
            description = "the public base address, no trailing slash (default $" + EnvironmentVariables.SITE_URL + ")")
    String siteUrl;

    @Option(names = "--full", description = "render every object, not only what changed")
    boolean full;

    @Option(names = "--allow-deletes",
            description = "let a full rebuild delete more than 10% of the published objects (refused otherwise)")
    boolean allowDeletes;

    @Option(names = "--demo", description = "put the demonstration-data banner on every page")
    boolean demo;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = AsOfInstant.class,
            description = "render as at this instant (e.g. 2026-12-06T03:00:00Z) instead of now: the cut and the"
                    + " reporting statuses hold for it, so a render from a file repeats byte for byte")
    Instant asOf;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Invocation invocation;

    RenderCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        String site = siteUrl();
        RevisionSource revisions;
        try {
            revisions = source.revisions != null
                    ? RevisionFile.read(source.revisions)
                    : new DynamoRevisionSource(DynamoDbClients.fromEnvironment(), source.table);
        } catch (IllegalArgumentException e) {
            invocation.err().println("error: " + e.getMessage());
            return Portal.USAGE_ERROR;
        } catch (UncheckedIOException e) {
            invocation.err().println("error: --revisions " + source.revisions + " cannot be read: " + e.getCause());
            return Portal.USAGE_ERROR;
        }
        Clock clock = asOf != null ? Clock.fixed(asOf, ZoneOffset.UTC) : invocation.clock();
        RenderReport report = new Renderer(Catalog.load(), revisions, OutputSets.all(site, demo), new DirectorySink(out),
                clock).render(full, allowDeletes);
        invocation.out().println("render: " + report.toMap());
        return 0;
    }

    /** {@code --site-url}, else {@code $SITE_URL}; a usage error naming whichever was given when it is not usable. */
    private String siteUrl() {
        Optional<String> fromEnvironment = Optional.ofNullable(invocation.environment().get(EnvironmentVariables.SITE_URL))
                .filter(value -> !value.isBlank());
        if (siteUrl == null && fromEnvironment.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--site-url=URL' (or the environment variable " + EnvironmentVariables.SITE_URL + ")");
        }
        String site = siteUrl != null ? siteUrl : fromEnvironment.get();
        try {
            return Links.check(site);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (siteUrl != null
                    ? "Invalid value for option '--site-url': "
                    : "Invalid value for the environment variable " + EnvironmentVariables.SITE_URL + ": ") + e.getMessage());
        }
    }
}
