package vn.r57.render;

import java.util.List;
import vn.r57.render.data.OpenData;
import vn.r57.render.output.OutputSet;
import vn.r57.render.page.Pages;

/** Everything one run publishes: the open data files, then the portal's pages and charts. */
public final class OutputSets {

    /**
     * The portal shows figures quoted in news articles until departments report through the API, so every page
     * says so. Turn off with the first real submissions.
     */
    public static final boolean DEMO = true;

    private OutputSets() {}

    public static List<OutputSet> all(String siteUrl) {
        return all(siteUrl, DEMO);
    }

    /** @param demo true while the portal shows demonstration data: every page then says so (the pages' banner) */
    public static List<OutputSet> all(String siteUrl, boolean demo) {
        return List.of(new OpenData(siteUrl), new Pages(siteUrl, demo));
    }
}
