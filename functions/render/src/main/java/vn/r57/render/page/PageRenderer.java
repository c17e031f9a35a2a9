package vn.r57.render.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;
import vn.r57.render.output.Xml;

/** Runs the templates the build precompiled ({@code site/templates}); a cold Lambda never parses one. */
public final class PageRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private PageRenderer() {}

    /** HTML, XML or text, escaped by jte; characters XML 1.0 forbids are dropped on the way out ({@link Xml}). */
    public static byte[] render(String template, Map<String, Object> parameters) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(template, parameters, new XmlCharacters(output));
        return output.toByteArray();
    }

    /** Passes everything a template writes through {@link Xml#strip}: one character rule for every output. */
    private record XmlCharacters(TemplateOutput target) implements TemplateOutput {

        @Override
        public void writeContent(String value) {
            target.writeContent(Xml.strip(value));
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            if (Xml.firstForbidden(value, beginIndex, endIndex) == endIndex) {
                target.writeContent(value, beginIndex, endIndex);
            } else {
                target.writeContent(Xml.strip(value, beginIndex, endIndex));
            }
        }

        @Override
        public void writeBinaryContent(byte[] value) {
            target.writeBinaryContent(value);
        }
    }
}
