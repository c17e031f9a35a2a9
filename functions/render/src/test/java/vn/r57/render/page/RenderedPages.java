package vn.r57.render.page;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.r57.render.OutputSets;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;

/** What the renderer publishes for the demo-like data set, each object rendered on demand as the renderer does it. */
final class RenderedPages {

    private static final RenderModel MODEL = DemoLikeDataSet.model();
    private static final List<Output> OUTPUTS = OutputSets.all(SmallDataSet.SITE_URL, true).stream()
            .flatMap(set -> set.outputs(MODEL).stream())
            .toList();

    private RenderedPages() {}

    /** The object at {@code key} (no leading slash) as text. */
    static String get(String key) {
        return OUTPUTS.stream()
                .filter(output -> output.path().equals(key))
                .findFirst()
                .map(output -> new String(output.content().get(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("nothing published at " + key));
    }

    static Output output(String key) {
        return OUTPUTS.stream().filter(output -> output.path().equals(key)).findFirst().orElseThrow();
    }

    static List<Output> all() {
        return OUTPUTS;
    }
}
