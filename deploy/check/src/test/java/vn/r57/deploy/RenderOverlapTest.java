package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.r57.render.Renderer;

/**
 * A revision received before a render's cut can become visible only after that render read its unit: its submission
 * was still running (at most the submit function's timeout) or its clock was behind the renderer's. The next render
 * looks back {@link Renderer#OVERLAP} before the cut, which must cover both (docs/render-model.md, "The cut").
 */
class RenderOverlapTest {

    private final Template template = Template.load();

    @Test
    void theRendersOverlapExceedsTheSubmitFunctionsTimeoutPlusTheAssumedClockSkew() {
        Duration timeout = Duration.ofSeconds(template.functionProperty("SubmitFunction", "Timeout").asLong());

        assertEquals(Duration.ofSeconds(10), timeout);
        assertTrue(Renderer.OVERLAP.compareTo(timeout.plus(Renderer.ASSUMED_CLOCK_SKEW)) > 0,
                Renderer.OVERLAP + " must exceed " + timeout + " + " + Renderer.ASSUMED_CLOCK_SKEW);
    }
}
