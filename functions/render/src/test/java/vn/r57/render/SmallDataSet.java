package vn.r57.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.render.data.OpenData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.revisions.RevisionLines;

/** The test data set in {@code small/revisions.jsonl} and the files it should render to. */
public final class SmallDataSet {

    public static final String SITE_URL = "https://r57.example.vn";

    /**
     * What a full render of the data set publishes: the open data (5 schemas, openapi.yaml, 86 unit files, 18
     * indicator files, the catalog, the observations, progress, regions and reporting-status CSV files, feed and
     * package) and the portal (in each language 86 unit pages, 34 pages of what a current unit owes, 18 indicator
     * pages with their maps, the 13 charts of the unit-indicator pairs that have values, overview, progress, status,
     * data, about and 404 pages, and 20 of the regions: the regions page, 12 region pages, 6 region maps and the
     * compare page; once the stylesheet, the icon, the compare script, the root page, robots.txt and the sitemap).
     */
    public static final int PUBLISHED_OBJECTS = (5 + 1 + 86 + 18 + 7) + 2 * (86 + 34 + 18 + 18 + 13 + 6 + 20) + 6;

    private SmallDataSet() {}

    public static List<Revision> revisions() {
        return RevisionLines.parse(resource("revisions.jsonl"), "revisions.jsonl");
    }

    public static RenderModel model() {
        return RenderModel.build(Catalog.load(), revisions());
    }

    /** Every open data file of the data set, by object key, in write order. */
    public static Map<String, String> rendered() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Output output : new OpenData(SITE_URL).outputs(model())) {
            files.put(output.path(), new String(output.content().get(), StandardCharsets.UTF_8));
        }
        return files;
    }

    /** An expected file under {@code small/}. */
    public static String resource(String name) {
        try (InputStream in = SmallDataSet.class.getResourceAsStream("/vn/r57/render/small/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource small/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
