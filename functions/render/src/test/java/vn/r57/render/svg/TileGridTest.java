package vn.r57.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;

class TileGridTest {

    private final Map<String, TileGrid.Cell> cells =
            TileGrid.cells().stream().collect(Collectors.toMap(TileGrid.Cell::provinceId, Function.identity()));

    @Test
    void everyCurrentProvinceHasExactlyOneTileAndNoFormerOneHas() {
        TreeSet<String> current =
                Catalog.load().currentProvinces().stream().map(Province::id).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(34, current.size());
        assertEquals(current, new TreeSet<>(cells.keySet()));
    }

    @Test
    void northIsAtTheTopAndTheDeltaAtTheBottom() {
        assertTrue(cells.get("ha-noi").row() < cells.get("thanh-hoa").row());
        assertTrue(cells.get("thanh-hoa").row() < cells.get("hue").row());
        assertTrue(cells.get("hue").row() < cells.get("da-nang").row());
        assertTrue(cells.get("da-nang").row() < cells.get("ho-chi-minh").row());
        assertTrue(cells.get("ho-chi-minh").row() < cells.get("ca-mau").row());
        assertTrue(cells.get("dien-bien").col() < cells.get("quang-ninh").col(), "west to east in the north");
        assertEquals(TileGrid.rows() - 1, cells.get("ca-mau").row());
    }

    @Test
    void tilesComeInReadingOrderNorthToSouthThenWestToEast() {
        assertEquals(List.of("lai-chau", "lao-cai", "tuyen-quang", "cao-bang", "dien-bien", "son-la"),
                TileGrid.cells().stream().limit(6).map(TileGrid.Cell::provinceId).toList());
    }

    @Test
    void theLegendAndTheNoteSitWhereThereAreNoTiles() {
        for (TileGrid.Cell cell : TileGrid.cells()) {
            boolean inLegend = cell.col() >= TileMap.LEGEND_COL && cell.row() >= TileMap.LEGEND_ROW
                    && cell.row() < TileMap.LEGEND_ROW + TileMap.LEGEND_ROWS;
            boolean inNote = cell.col() >= TileMap.NOTE_COL && cell.row() >= TileMap.NOTE_ROW
                    && cell.row() < TileMap.NOTE_ROW + TileMap.NOTE_ROWS;
            assertTrue(!inLegend && !inNote, cell.provinceId() + " is under the legend or the note");
        }
    }

    @Test
    void shortLabelsFitOnATile() {
        for (TileGrid.Cell cell : TileGrid.cells()) {
            assertTrue(cell.labelVi().length() <= 11 && cell.labelEn().length() <= 11, cell.provinceId());
        }
    }
}
