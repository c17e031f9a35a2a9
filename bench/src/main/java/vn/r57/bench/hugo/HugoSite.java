package vn.r57.bench.hugo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.local.Json;
import vn.r57.revisions.RevisionLines;

/**
 * The Hugo side of the comparison: a Hugo site that builds the same set of files as our full render, from the same
 * revisions. For every file our renderer wrote (listed from its output folder, so new page types are picked up after
 * a merge) it writes one Hugo content file whose {@code url} is that same path and whose template renders the
 * equivalent content from Hugo data files: province and indicator data files and pages list every series with its
 * points and revision history, the CSV lists every current value, charts draw a polyline per series.
 *
 * <p>To be generous to Hugo, this generator does the grouping (revisions into series and points) before Hugo runs, and
 * only Hugo's own build is timed. Templates, config and data go to the site folder given.
 *
 * <p>Arguments: revision file, our render's output folder, Hugo site folder. Prints the number of pages by kind.
 */
public final class HugoSite {

    private static final Pattern PROVINCE_DATA = Pattern.compile("data/v1/provinces/([^/]+)\\.json");
    private static final Pattern INDICATOR_DATA = Pattern.compile("data/v1/indicators/([^/]+)\\.json");
    private static final Pattern PROVINCE_PAGE = Pattern.compile("(vi|en)/provinces/([^/]+)/index\\.html");
    private static final Pattern INDICATOR_PAGE = Pattern.compile("(vi|en)/indicators/([^/]+)/index\\.html");
    private static final Pattern OTHER_PAGE = Pattern.compile("(vi|en)/(.*)index\\.html");

    private HugoSite() {}

    public static void main(String[] args) throws IOException {
        Catalog catalog = Catalog.load();
        List<Revision> revisions = RevisionLines.read(Path.of(args[0]));
        Path ours = Path.of(args[1]);
        Path site = Path.of(args[2]);
        delete(site);
        Files.createDirectories(site);
        writeResources(site);
        writeData(site, catalog, revisions);
        Map<String, Integer> kinds = writeContent(site, catalog, ours);
        System.out.println("hugo pages " + kinds);
    }

    private static void writeData(Path site, Catalog catalog, List<Revision> revisions) throws IOException {
        // province -> indicator/kind -> period -> revisions in number order
        Map<String, Map<String, Map<String, List<Revision>>>> grouped = new TreeMap<>();
        for (Revision revision : revisions) {
            grouped.computeIfAbsent(revision.province(), p -> new TreeMap<>())
                    .computeIfAbsent(revision.indicator() + "|" + revision.kind().wireName(), s -> new TreeMap<>())
                    .computeIfAbsent(revision.period().toString(), p -> new ArrayList<>())
                    .add(revision);
        }
        Path data = Files.createDirectories(site.resolve("data/provinces"));
        for (Province province : catalog.provinces()) {
            StringBuilder json = new StringBuilder(1 << 16);
            json.append("{\"id\":").append(Json.string(province.id()))
                    .append(",\"name_vi\":").append(Json.string(province.nameVi()))
                    .append(",\"name_en\":").append(Json.string(province.nameEn()))
                    .append(",\"series\":[");
            boolean firstSeries = true;
            for (var series : grouped.getOrDefault(province.id(), Map.of()).entrySet()) {
                String[] key = series.getKey().split("\\|");
                json.append(firstSeries ? "" : ",").append("{\"indicator\":\"").append(key[0]).append("\",\"kind\":\"")
                        .append(key[1]).append("\",\"points\":[");
                firstSeries = false;
                boolean firstPoint = true;
                for (var point : series.getValue().entrySet()) {
                    List<Revision> history = point.getValue();
                    history.sort(Comparator.comparingInt(Revision::number));
                    Revision current = history.get(history.size() - 1);
                    json.append(firstPoint ? "" : ",").append("{\"period\":\"").append(point.getKey())
                            .append("\",\"value\":\"").append(current.value().toPlainString())
                            .append("\",\"receivedAt\":\"").append(Instants.format(current.receivedAt()))
                            .append("\",\"revisions\":[");
                    firstPoint = false;
                    for (int i = 0; i < history.size(); i++) {
                        Revision revision = history.get(i);
                        json.append(i == 0 ? "" : ",").append("{\"revision\":").append(revision.number())
                                .append(",\"value\":\"").append(revision.value().toPlainString())
                                .append("\",\"receivedAt\":\"").append(Instants.format(revision.receivedAt()))
                                .append("\",\"source\":").append(Json.string(revision.source().title()))
                                .append(",\"url\":").append(Json.string(revision.source().url().orElse("")))
                                .append(",\"snapshot\":").append(Json.string(revision.snapshotId())).append('}');
                    }
                    json.append("]}");
                }
                json.append("]}");
            }
            json.append("]}");
            Files.writeString(data.resolve(province.id() + ".json"), json, StandardCharsets.UTF_8);
        }
        StringBuilder indicators = new StringBuilder("[");
        for (Indicator indicator : catalog.indicators()) {
            indicators.append(indicators.length() > 1 ? "," : "").append("{\"id\":").append(Json.string(indicator.id()))
                    .append(",\"name_vi\":").append(Json.string(indicator.nameVi()))
                    .append(",\"name_en\":").append(Json.string(indicator.nameEn()))
                    .append(",\"unit\":").append(Json.string(indicator.unit())).append('}');
        }
        Files.writeString(site.resolve("data/indicators.json"), indicators.append(']'), StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> writeContent(Path site, Catalog catalog, Path ours) throws IOException {
        Set<String> provinces = new java.util.HashSet<>(catalog.provinces().stream().map(Province::id).toList());
        Set<String> indicators = new java.util.HashSet<>(catalog.indicators().stream().map(Indicator::id).toList());
        List<String> files;
        try (Stream<Path> walk = Files.walk(ours)) {
            files = walk.filter(Files::isRegularFile).map(path -> ours.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("_render/")).sorted().toList();
        }
        Map<String, Integer> kinds = new TreeMap<>();
        int n = 0;
        for (String file : files) {
            Map<String, String> front = new LinkedHashMap<>();
            Matcher m;
            if ((m = PROVINCE_DATA.matcher(file)).matches()) {
                front.put("type", "provincedata");
                front.put("province", m.group(1));
                front.put("outputs", "json");
            } else if ((m = INDICATOR_DATA.matcher(file)).matches()) {
                front.put("type", "indicatordata");
                front.put("indicator", m.group(1));
                front.put("outputs", "json");
            } else if (file.endsWith("observations.csv")) {
                front.put("type", "observations");
                front.put("outputs", "csv");
            } else if (file.endsWith(".atom")) {
                front.put("type", "feed");
                front.put("outputs", "atom");
            } else if (file.endsWith(".json")) {
                front.put("type", "catalogdata");
                front.put("outputs", "json");
            } else if ((m = PROVINCE_PAGE.matcher(file)).matches()) {
                front.put("type", "provincepage");
                front.put("lang", m.group(1));
                front.put("province", m.group(2));
                front.put("outputs", "html");
            } else if ((m = INDICATOR_PAGE.matcher(file)).matches()) {
                front.put("type", "indicatorpage");
                front.put("lang", m.group(1));
                front.put("indicator", m.group(2));
                front.put("outputs", "html");
            } else if ((m = OTHER_PAGE.matcher(file)).matches()) {
                front.put("type", "overview");
                front.put("lang", m.group(1));
                front.put("outputs", "html");
            } else if (file.endsWith(".svg")) {
                front.put("type", "chart");
                for (String part : file.replace(".svg", "").split("[/.]")) {
                    if (provinces.contains(part)) {
                        front.put("province", part);
                    }
                    if (indicators.contains(part)) {
                        front.put("indicator", part);
                    }
                }
                front.putIfAbsent("indicator", catalog.indicators().get(0).id());
                front.put("outputs", "svg");
            } else {
                // Stylesheets, icons, robots.txt: copied as they are, as Hugo's static files.
                Path target = site.resolve("static").resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(ours.resolve(file), target);
                kinds.merge("static", 1, Integer::sum);
                continue;
            }
            kinds.merge(front.get("type"), 1, Integer::sum);
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: ").append(Json.string(file)).append('\n');
            md.append("url: ").append(Json.string("/" + file)).append('\n');
            front.forEach((name, value) -> md.append(name).append(": ")
                    .append(name.equals("outputs") ? "[" + value + "]" : Json.string(value)).append('\n'));
            md.append("---\n");
            Path content = site.resolve("content/p" + (n++) + ".md");
            Files.createDirectories(content.getParent());
            Files.writeString(content, md, StandardCharsets.UTF_8);
        }
        return kinds;
    }

    private static void writeResources(Path site) throws IOException {
        for (String resource : List.of(
                "config.toml",
                "layouts/provincedata/single.json",
                "layouts/indicatordata/single.json",
                "layouts/catalogdata/single.json",
                "layouts/observations/single.csv",
                "layouts/feed/single.atom",
                "layouts/provincepage/single.html",
                "layouts/indicatorpage/single.html",
                "layouts/overview/single.html",
                "layouts/chart/single.svg",
                "layouts/partials/head.html")) {
            try (var in = HugoSite.class.getResourceAsStream("/hugo/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource hugo/" + resource);
                }
                Path target = site.resolve(resource);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
