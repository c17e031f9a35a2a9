package vn.r57.render.data;

import java.util.List;
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
import vn.r57.render.page.PageRenderer;

/**
 * {@code /data/v1/feed.atom}: the latest received values, newest first. Entry ids are tag: URIs (RFC 4151) built
 * from what identifies a revision (unit, indicator, kind, period, revision number), so an entry keeps its id for
 * ever and a correction is a new entry. Titles are Vietnamese, summaries English.
 */
public final class AtomFeed {

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

    /** What the template {@code xml/atom.jte} writes; every text is escaped there, by the one rule of {@code Xml}. */
    public record View(String id, String title, String subtitle, String updated, String self, String related,
            String authorName, String authorUri, String rights, List<Entry> entries) {}

    /** @param change {@code correction} or {@code new-value} */
    public record Entry(String id, String title, String received, String alternate, String change, String indicator,
            String summary) {}

    byte[] render(RenderModel model) {
        List<Entry> entries = model.recentChanges().stream().map(change -> entry(model.catalog(), change)).toList();
        View view = new View(tag("feed"), Publication.TITLE_VI, Publication.TITLE_EN + ": latest values and corrections",
                Instants.format(model.generatedAt()), links.url(Links.FEED), links.url(Links.CATALOG),
                Publication.TITLE_EN, links.siteUrl() + "/", Licence.TITLE + " (" + Licence.URL + ")", entries);
        return PageRenderer.render("xml/atom.jte", Map.of("feed", view));
    }

    private Entry entry(Catalog catalog, Change change) {
        Revision revision = change.revision();
        Province province = catalog.province(revision.province()).orElseThrow();
        Indicator indicator = catalog.indicator(revision.indicator()).orElseThrow();
        return new Entry(
                tag(revision.province() + "/" + revision.indicator() + "/" + revision.kind().wireName() + "/"
                        + revision.period() + "/" + revision.number()),
                province.nameVi() + " · " + indicator.nameVi() + " · " + revision.period()
                        + (revision.kind().wireName().equals("target") ? " (mục tiêu)" : "") + ": "
                        + value(catalog, indicator, revision, Lang.VI)
                        + (change.isCorrection() ? " (đính chính)" : ""),
                Instants.format(revision.receivedAt()),
                links.url(Links.province(revision.province())),
                change.isCorrection() ? "correction" : "new-value",
                revision.indicator(),
                summary(catalog, province, indicator, change));
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
}
