package vn.r57.render.data;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.format.Numbers;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.render.model.Change;
import vn.r57.render.model.RenderModel;

/**
 * {@code /data/v1/feed.atom}: the latest received values, newest first. Entry ids are tag: URIs (RFC 4151) built
 * from what identifies a revision (unit, indicator, kind, period, revision number), so an entry keeps its id for
 * ever and a correction is a new entry. Titles are Vietnamese, summaries English.
 */
final class AtomFeed {

    /** The date part of every tag: URI; fixed, because ids must never change. */
    static final String TAG_DATE = "2025";

    private static final Map<Qualifier, String> QUALIFIER_VI = Map.of(
            Qualifier.ABOVE, "trên ", Qualifier.AT_LEAST, "ít nhất ",
            Qualifier.APPROXIMATELY, "khoảng ", Qualifier.ESTIMATE, "ước tính ");
    private static final Map<Qualifier, String> QUALIFIER_EN = Map.of(
            Qualifier.ABOVE, "above ", Qualifier.AT_LEAST, "at least ",
            Qualifier.APPROXIMATELY, "approximately ", Qualifier.ESTIMATE, "an estimated ");

    private final Links links;

    AtomFeed(Links links) {
        this.links = links;
    }

    byte[] render(RenderModel model) {
        StringBuilder xml = new StringBuilder(16 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
        element(xml, 1, "id", tag("feed"));
        element(xml, 1, "title", Publication.TITLE_VI);
        element(xml, 1, "subtitle", Publication.TITLE_EN + ": latest values and corrections");
        element(xml, 1, "updated", Instants.format(model.generatedAt()));
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(escape(links.url(Links.FEED))).append("\"/>\n");
        xml.append("  <link rel=\"related\" type=\"application/json\" href=\"")
                .append(escape(links.url(Links.CATALOG))).append("\"/>\n");
        xml.append("  <author>\n");
        element(xml, 2, "name", Publication.TITLE_EN);
        element(xml, 2, "uri", links.siteUrl() + "/");
        xml.append("  </author>\n");
        element(xml, 1, "rights", Licence.TITLE + " (" + Licence.URL + ")");
        for (Change change : model.recentChanges()) {
            entry(xml, model.catalog(), change);
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void entry(StringBuilder xml, Catalog catalog, Change change) {
        Revision revision = change.revision();
        Province province = catalog.province(revision.province()).orElseThrow();
        Indicator indicator = catalog.indicator(revision.indicator()).orElseThrow();
        String received = Instants.format(revision.receivedAt());
        xml.append("  <entry>\n");
        element(xml, 2, "id", tag(revision.province() + "/" + revision.indicator() + "/" + revision.kind().wireName()
                + "/" + revision.period() + "/" + revision.number()));
        element(xml, 2, "title", province.nameVi() + " · " + indicator.nameVi() + " · " + revision.period()
                + (revision.kind().wireName().equals("target") ? " (mục tiêu)" : "") + ": "
                + value(catalog, indicator, revision, Lang.VI)
                + (change.isCorrection() ? " (đính chính)" : ""));
        element(xml, 2, "published", received);
        element(xml, 2, "updated", received);
        xml.append("    <link rel=\"alternate\" type=\"application/json\" href=\"")
                .append(escape(links.url(Links.province(revision.province())))).append("\"/>\n");
        xml.append("    <category term=\"").append(change.isCorrection() ? "correction" : "new-value").append("\"/>\n");
        xml.append("    <category term=\"").append(escape(revision.indicator())).append("\"/>\n");
        xml.append("    <summary xml:lang=\"en\">").append(escape(summary(catalog, province, indicator, change)))
                .append("</summary>\n");
        xml.append("  </entry>\n");
    }

    private static String summary(Catalog catalog, Province province, Indicator indicator, Change change) {
        Revision revision = change.revision();
        StringBuilder text = new StringBuilder();
        text.append(province.nameEn()).append(", ").append(indicator.nameEn()).append(", ")
                .append(revision.period()).append(" (").append(revision.kind().wireName()).append("): ")
                .append(value(catalog, indicator, revision, Lang.EN)).append(". ");
        change.previous().ifPresent(previous -> text.append("Corrects ")
                .append(value(catalog, indicator, previous, Lang.EN))
                .append(" received ").append(Instants.format(previous.receivedAt())).append(". "));
        text.append("Revision ").append(revision.number()).append(". Source: ").append(revision.source().title());
        revision.source().url().ifPresent(url -> text.append(" <").append(url).append('>'));
        revision.note().ifPresent(note -> text.append(". Note: ").append(note));
        return text.toString();
    }

    private static String value(Catalog catalog, Indicator indicator, Revision revision, Lang lang) {
        String qualifier = revision.qualifier().map((lang == Lang.VI ? QUALIFIER_VI : QUALIFIER_EN)::get).orElse("");
        String unit = catalog.unitName(indicator, lang);
        String number = Numbers.format(revision.value(), lang);
        String withUnit = unit.isEmpty() ? number : unit.equals("%") ? Numbers.percent(revision.value(), lang) : number + " " + unit;
        return qualifier + withUnit;
    }

    private String tag(String specific) {
        return "tag:" + links.host() + "," + TAG_DATE + ":r57/" + specific;
    }

    private static void element(StringBuilder xml, int depth, String name, String text) {
        xml.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(text))
                .append("</").append(name).append(">\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
