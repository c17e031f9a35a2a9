package vn.r57.render.page;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoRenderDevTest {
    @Test
    void render() {
        System.out.println(DemoLikeDataSet.renderInto(Path.of("/tmp/pages-out")));
    }
}
