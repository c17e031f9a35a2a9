package vn.r57.render.svg;

import vn.r57.render.output.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * SVG text does not wrap by itself. Long titles and notes are broken between words at a character budget, which is
 * crude but deterministic and good enough for the proportional system fonts the charts use.
 */
final class Lines {

    private Lines() {}

    static List<String> wrap(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lines as {@code <tspan>}s of one {@code <text>}, each starting again at {@code x}. */
    static void appendTspans(StringBuilder svg, List<String> lines, int x, int lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(x).append('"');
            if (i > 0) {
                svg.append(" dy=\"").append(lineHeight).append('"');
            }
            svg.append('>').append(Xml.text(lines.get(i))).append("</tspan>");
        }
    }
}
