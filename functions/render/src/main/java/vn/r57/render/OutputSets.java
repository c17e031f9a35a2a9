package vn.r57.render;

import java.util.List;
import vn.r57.render.data.OpenData;
import vn.r57.render.output.OutputSet;

/** Everything one run publishes. Pages and charts join the open data files here, as further output sets. */
public final class OutputSets {

    private OutputSets() {}

    public static List<OutputSet> all(String siteUrl) {
        return List.of(new OpenData(siteUrl));
    }

    /** @param demo true while the portal shows demonstration data: every page then says so (the pages' banner) */
    public static List<OutputSet> all(String siteUrl, boolean demo) {
        return all(siteUrl);
    }
}
