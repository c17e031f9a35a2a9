package vn.r57.render.page;

import java.util.Comparator;
import java.util.List;
import vn.r57.core.catalog.Indicator;
import vn.r57.render.model.Change;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.svg.Svg;

/**
 * The national overview: how the units stand against each national target, one map (the indicator most units
 * reported, the catalog's first on a tie) with links to every other indicator's map, recent changes, coverage, and how
 * many units stand in each progress status against each national target.
 */
public record OverviewView(
        List<Standing> targets,
        IndicatorData mapIndicator,
        Svg map,
        Coverage coverage,
        List<Change> recent,
        ProgressSummary progress) {

    /** How many received values the overview lists; the feed has more. */
    public static final int RECENT = 8;

    public static OverviewView of(RenderModel model, Formats f) {
        List<Standing> targets = model.indicators().stream()
                .filter(data -> data.indicator().nationalTarget().isPresent())
                .map(Standing::of)
                .toList();
        IndicatorData mapIndicator = model.indicators().stream()
                .max(Comparator.comparingInt((IndicatorData data) -> Standing.of(data).reporting())
                        .thenComparing(data -> -model.catalog().indicators().indexOf(data.indicator())))
                .orElseThrow();
        List<Change> recent = model.recentChanges().stream().limit(RECENT).toList();
        return new OverviewView(targets, mapIndicator, Charts.tileMap(mapIndicator, f), Coverage.of(model), recent,
                ProgressSummary.of(model));
    }

    public List<Indicator> indicatorsOf(RenderModel model, String pillarId) {
        return model.catalog().indicators().stream().filter(indicator -> indicator.pillarId().equals(pillarId)).toList();
    }
}
