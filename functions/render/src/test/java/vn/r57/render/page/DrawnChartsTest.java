package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.svg.Svg;

class DrawnChartsTest {

    private static final String PATH = "/vi/provinces/thanh-hoa/on-time-admin-processing.svg";

    private final AtomicInteger drawings = new AtomicInteger();
    private final DrawnCharts charts = new DrawnCharts();

    @Test
    void thePageShowsTheDrawingMadeForTheFileWithoutDrawingAgain() {
        Svg forFile = charts.forFile(PATH, () -> draw().orElseThrow());

        Optional<Svg> forPage = charts.forPage(PATH, this::draw);

        assertSame(forFile, forPage.orElseThrow());
        assertEquals(1, drawings.get());
    }

    @Test
    void aPageWhoseChartFileTheRunDidNotRenderDrawsItsOwn() {
        Optional<Svg> forPage = charts.forPage(PATH, this::draw);

        assertEquals(draw().orElseThrow().markup(), forPage.orElseThrow().markup());
        assertEquals(2, drawings.get());
    }

    @Test
    void aDrawingIsHandedToThePageOnceAndThenNoLongerKept() {
        charts.forFile(PATH, () -> draw().orElseThrow());
        charts.forPage(PATH, this::draw);

        charts.forPage(PATH, this::draw);

        assertEquals(2, drawings.get());
    }

    private Optional<Svg> draw() {
        drawings.incrementAndGet();
        ProvinceData thanhHoa = SmallDataSet.model().province("thanh-hoa").orElseThrow();
        Indicator indicator = Catalog.load().indicator("on-time-admin-processing").orElseThrow();
        return Charts.lineChart("thanh-hoa", thanhHoa.series(), indicator, new Formats(Lang.VI, Catalog.load()));
    }
}
