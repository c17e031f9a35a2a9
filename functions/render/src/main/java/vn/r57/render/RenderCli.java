package vn.r57.render;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 *      [--site-url URL] [--full] [--demo] [--as-of INSTANT]
 * </pre>
 * {@code --table} reads DynamoDB through the standard configuration ({@code AWS_ENDPOINT_URL_DYNAMODB} or
 * {@code AWS_ENDPOINT_URL}, region, credentials); {@code --site-url} defaults to {@code SITE_URL}; {@code --demo} puts the demonstration-data banner on every page; {@code --as-of} (e.g. {@code 2026-12-06T03:00:00Z}) fixes the
 * instant the reporting statuses hold for, instead of now, so that a render can be repeated byte for byte. Like the function,
 * it keeps a manifest in {@code DIR/_render/manifest.json} and rewrites only what changed.
 */
public final class RenderCli {

    static final String USAGE = "usage: render --out DIR (--revisions FILE.jsonl | --table NAME) [--site-url URL] [--full] [--demo]"
            + " [--as-of INSTANT]";

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
        Clock clock = Clock.systemUTC();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--full" -> full = true;
                case "--demo" -> demo = true;
                case "--out" -> out = Optional.of(value(option, rest));
                case "--revisions" -> revisions = Optional.of(value(option, rest));
                case "--table" -> table = Optional.of(value(option, rest));
                case "--site-url" -> siteUrl = Optional.of(value(option, rest));
                case "--as-of" -> clock = Clock.fixed(instant(option, value(option, rest)), ZoneOffset.UTC);
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
        return new Renderer(Catalog.load(), source, OutputSets.all(site, demo), new DirectorySink(Path.of(out.get())),
                Runtime.getRuntime().availableProcessors(), clock).render(full);
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs an instant such as 2026-12-06T03:00:00Z, not " + text);
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
