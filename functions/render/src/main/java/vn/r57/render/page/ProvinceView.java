package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.render.model.Point;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.Series;
import vn.r57.render.site.SitePaths;
import vn.r57.render.svg.Svg;

/** What a unit's page shows, gathered from the model once so the template only displays. */
public record ProvinceView(
        ProvinceData data,
        List<Province> predecessors,
        Optional<Province> successor,
        List<Figure> figures,
        List<Chart> charts,
        List<Revised> revised,
        Optional<StatusCounts> status) {

    /** The latest value of one series. */
    public record Figure(Series series, Point latest) {}

    /** One indicator's chart, its standalone address and the rows of its data table. */
    public record Chart(Indicator indicator, Svg svg, String href, List<Charts.Entry> entries) {}

    /** A period that was corrected, with every value it had. */
    public record Revised(Series series, Point point) {}

    public Province province() {
        return data.province();
    }

    /** @param lineCharts the unit's line chart of an indicator, empty when the unit has no value for it */
    public static ProvinceView of(
            RenderModel model, ProvinceData data, Formats f, Function<Indicator, Optional<Svg>> lineCharts) {
        Province province = data.province();
        List<Figure> figures = new ArrayList<>();
        List<Revised> revised = new ArrayList<>();
        for (Series series : data.series()) {
            series.latest().ifPresent(latest -> figures.add(new Figure(series, latest)));
            series.points().stream().filter(Point::isRevised).forEach(point -> revised.add(new Revised(series, point)));
        }
        List<Chart> charts = new ArrayList<>();
        for (Indicator indicator : model.catalog().indicators()) {
            lineCharts.apply(indicator).ifPresent(svg -> charts.add(new Chart(
                    indicator, svg, SitePaths.provinceChart(f.lang(), province.id(), indicator.id()),
                    Charts.entries(data.series(), indicator))));
        }
        // Reporting counts for current units only: a dissolved unit's reports are listed under its successor.
        Optional<StatusCounts> status = province.isCurrent() ? Optional.of(StatusCounts.of(data.status())) : Optional.empty();
        return new ProvinceView(data, model.catalog().predecessorsOf(province),
                province.successorId().flatMap(model.catalog()::province), figures, charts, revised,
                status);
    }
}
