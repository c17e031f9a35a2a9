package vn.r57.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.data.Links;
import vn.r57.render.sink.DirectorySink;
import vn.r57.render.source.RevisionFile;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.RevisionSource;

/**
 * Renders into a folder without AWS:
 * <pre>
 * java -jar functions/render/target/r57-render.jar --out DIR (--revisions FILE.jsonl | --table NAME)
 *      [--site-url URL] [--full] [--allow-deletes] [--demo]
 * </pre>
 * {@code --table} reads DynamoDB through the standard configuration ({@code AWS_ENDPOINT_URL_DYNAMODB} or
 * {@code AWS_ENDPOINT_URL}, region, credentials); {@code --site-url} defaults to {@code SITE_URL}; {@code --demo} puts the demonstration-data banner on every page. Like the function,
 * it keeps a manifest in {@code DIR/_render/manifest.json} and rewrites only what changed.
 */
public final class RenderCli {

    static final String USAGE = "usage: render --out DIR (--revisions FILE.jsonl | --table NAME) [--site-url URL] [--full] [--allow-deletes] [--demo]";

    private RenderCli() {}

    public static void main(String[] args) {
        try {
            RenderReport report = run(List.of(args), System.getenv());
            System.out.println("render: " + report.toMap());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static RenderReport run(List<String> args, Map<String, String> environment) {
        Optional<String> out = Optional.empty();
        Optional<String> revisions = Optional.empty();
        Optional<String> table = Optional.empty();
        Optional<String> siteUrl = Optional.ofNullable(environment.get(Config.SITE_URL));
        boolean full = false;
        boolean demo = false;
        boolean allowDeletes = false;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--full" -> full = true;
                case "--demo" -> demo = true;
                case "--allow-deletes" -> allowDeletes = true;
                case "--out" -> out = Optional.of(value(option, rest));
                case "--revisions" -> revisions = Optional.of(value(option, rest));
                case "--table" -> table = Optional.of(value(option, rest));
                case "--site-url" -> siteUrl = Optional.of(value(option, rest));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (revisions.isPresent() == table.isPresent()) {
            throw new IllegalArgumentException("give exactly one of --revisions FILE.jsonl and --table NAME");
        }
        String site = siteUrl.orElseThrow(() -> new IllegalArgumentException("--site-url or SITE_URL is required"));
        Links.check(site);
        RevisionSource source = revisions.isPresent()
                ? RevisionFile.read(Path.of(revisions.get()))
                : new DynamoRevisionSource(DynamoDbClients.fromEnvironment(), table.get());
        return new Renderer(Catalog.load(), source, OutputSets.all(site, demo), new DirectorySink(Path.of(out.get())))
                .render(full, allowDeletes);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
