package vn.r57.render.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/** Runs the templates the build precompiled ({@code site/templates}); a cold Lambda never parses one. */
public final class PageRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private PageRenderer() {}

    public static byte[] render(String template, Map<String, Object> parameters) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(template, parameters, output);
        return output.toByteArray();
    }
}
