package vn.r57.render.svg;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A drawing made by this package: written as a standalone {@code .svg} file with {@link #markup()}, or placed in a
 * page template with {@code ${svg}}. Only this package can make one, so a template never needs {@code $unsafe} to
 * inline markup, and no text from the data reaches a page unescaped.
 */
public final class Svg implements Content {

    private final String id;
    private final String figureClass;
    private final boolean scrollsOnNarrowScreens;
    private final String markup;

    Svg(String id, String figureClass, boolean scrollsOnNarrowScreens, String markup) {
        this.id = id;
        this.figureClass = figureClass;
        this.scrollsOnNarrowScreens = scrollsOnNarrowScreens;
        this.markup = markup;
    }

    /** The slug its ids start with; a page can derive ids for the surrounding figure from it. */
    public String id() {
        return id;
    }

    /** "chart" or "map": the stylesheet sizes the two differently. */
    public String figureClass() {
        return figureClass;
    }

    /**
     * True when shrinking the drawing to a phone's width would make its words unreadable, so it keeps a minimum width
     * and scrolls sideways instead (and must then be reachable by keyboard).
     */
    public boolean scrollsOnNarrowScreens() {
        return scrollsOnNarrowScreens;
    }

    /** The complete SVG document, as served from its own address. */
    public String markup() {
        return markup;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(markup);
    }
}
