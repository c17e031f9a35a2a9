package vn.r57.render.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published articles the demonstration figures were taken from, with the units they report on. Read from
 * {@code seed-facts.csv} beside this class, the project's own copy of the reference file, so a clone needs nothing
 * outside the repository.
 */
public final class ArticleSources {

    private static final String RESOURCE = "seed-facts.csv";

    /** One article: its address as cited, its host for a short label, the units whose figures it gave. */
    public record Article(String url, String host, List<String> provinceIds, int figures) {}

    private ArticleSources() {}

    public static List<Article> load() {
        Map<String, Set<String>> provinces = new LinkedHashMap<>();
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (String line : lines()) {
            List<String> fields = fields(line);
            String url = fields.get(7);
            provinces.computeIfAbsent(url, key -> new LinkedHashSet<>()).add(fields.get(0));
            figures.merge(url, 1, Integer::sum);
        }
        List<Article> articles = new ArrayList<>();
        provinces.forEach((url, ids) -> articles.add(
                new Article(url, URI.create(url).getHost(), List.copyOf(ids), figures.get(url))));
        return List.copyOf(articles);
    }

    /** The data rows of the file, header left out. */
    static List<String> lines() {
        return read().lines().skip(1).filter(line -> !line.isBlank()).toList();
    }

    /** The fields of one CSV line (RFC 4180 quotes; the file has no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String read() {
        try (InputStream in = ArticleSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " beside " + ArticleSources.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
