package vn.r57.render.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.r57.core.catalog.CsvReader;

/**
 * The published articles the demonstration figures were taken from, with the units they report on. Read from the
 * core's {@code seed-facts.csv}, the project's own copy of the reference file, so a clone needs nothing outside the
 * repository.
 */
public final class ArticleSources {

    static final String FACTS = "seed-facts.csv";

    /** One article: its address as cited, its host for a short label, the units whose figures it gave. */
    public record Article(String url, String host, List<String> provinceIds, int figures) {}

    private ArticleSources() {}

    public static List<Article> load() {
        Map<String, Set<String>> provinces = new LinkedHashMap<>();
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (Map<String, String> row : facts()) {
            String url = row.get("source_url");
            provinces.computeIfAbsent(url, key -> new LinkedHashSet<>()).add(row.get("province_id"));
            figures.merge(url, 1, Integer::sum);
        }
        List<Article> articles = new ArrayList<>();
        provinces.forEach((url, ids) -> articles.add(
                new Article(url, URI.create(url).getHost(), List.copyOf(ids), figures.get(url))));
        return List.copyOf(articles);
    }

    /** The figures quoted in the articles, one row each, by column name. */
    static List<Map<String, String>> facts() {
        return CsvReader.readResource(FACTS);
    }
}
