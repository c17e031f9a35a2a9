package vn.r57.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.r57.core.catalog.CsvReader;
import vn.r57.local.Json;

/**
 * The demonstration data set: the figures of seed-facts.csv (quoted in published articles), grouped into the
 * snapshots a department would have sent: one per province, period and article. Values keep the CSV's own text
 * (99.51 stays 99.51), targets are sent as {@code "kind": "target"}, qualifiers and notes as written.
 */
public final class DemoSnapshots {

    static final String FACTS = "seed-facts.csv";
    static final String SOURCES = "seed-sources.csv";

    private DemoSnapshots() {}

    /** One snapshot to POST: the province it files, its JSON body and how many values that holds. */
    public record Snapshot(String province, String period, String idempotencyKey, String body, int values) {}

    public static List<Snapshot> all() {
        Map<String, String> titles = CsvReader.readResource(DemoSnapshots.class, SOURCES).stream()
                .collect(Collectors.toMap(row -> row.get("source_url"), row -> row.get("title")));
        Map<List<String>, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> row : CsvReader.readResource(FACTS)) {
            groups.computeIfAbsent(List.of(row.get("province_id"), row.get("period"), row.get("source_url")), k -> new ArrayList<>())
                    .add(row);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        int number = 0;
        for (Map.Entry<List<String>, List<Map<String, String>>> group : groups.entrySet()) {
            String province = group.getKey().get(0);
            String period = group.getKey().get(1);
            String url = group.getKey().get(2);
            String title = titles.get(url);
            if (title == null) {
                throw new IllegalStateException(SOURCES + " has no title for " + url);
            }
            number++;
            snapshots.add(new Snapshot(province, period, "demo-" + number + "-" + province + "-" + period,
                    body(province, period, title, url, group.getValue()), group.getValue().size()));
        }
        return List.copyOf(snapshots);
    }

    private static String body(String province, String period, String title, String url, List<Map<String, String>> rows) {
        String values = rows.stream().map(DemoSnapshots::value).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return "{\n  \"province\": " + Json.string(province)
                + ",\n  \"period\": " + Json.string(period)
                + ",\n  \"source\": {\"title\": " + Json.string(title) + ", \"url\": " + Json.string(url) + "}"
                + ",\n  \"values\": " + values + "\n}\n";
    }

    private static String value(Map<String, String> row) {
        StringBuilder value = new StringBuilder("{\"indicator\": ").append(Json.string(row.get("indicator_id")))
                // The CSV's text goes out as the JSON number, digit for digit.
                .append(", \"value\": ").append(number(row.get("value")));
        if (!row.get("kind").equals("actual")) {
            value.append(", \"kind\": ").append(Json.string(row.get("kind")));
        }
        if (!row.get("qualifier").isEmpty()) {
            value.append(", \"qualifier\": ").append(Json.string(row.get("qualifier")));
        }
        if (!row.get("note").isEmpty()) {
            value.append(", \"note\": ").append(Json.string(row.get("note")));
        }
        return value.append('}').toString();
    }

    private static String number(String text) {
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
            throw new IllegalStateException(FACTS + " has a value that is not a plain decimal: " + text);
        }
        return text;
    }
}
