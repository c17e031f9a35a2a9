package vn.r57.render;

import java.util.ArrayList;
import java.util.List;
import vn.r57.render.data.FileSizes;
import vn.r57.render.data.OpenData;
import vn.r57.render.output.Output;
import vn.r57.render.output.OutputSet;
import vn.r57.render.page.Pages;

/** Everything one run publishes: the open data files, then the portal's pages and charts. */
public final class OutputSets {

    private OutputSets() {}

    /**
     * One set, so that the data page takes the sizes of the open data files from the run's own rendering of them.
     *
     * @param demo true while the portal shows demonstration data: every page then says so (the pages' banner)
     */
    public static List<OutputSet> all(String siteUrl, boolean demo) {
        OpenData openData = new OpenData(siteUrl);
        Pages pages = new Pages(siteUrl, demo);
        return List.of(model -> {
            FileSizes sizes = new FileSizes();
            List<Output> outputs = new ArrayList<>(sizes.measure(openData.outputs(model)));
            outputs.addAll(pages.outputs(model, sizes));
            return outputs;
        });
    }
}
