package vn.r57.render.svg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.r57.core.Lang;

/**
 * Where each of the 34 provinces and cities (after 1 July 2025) sits on the tile map: a hand-made grid that keeps
 * north at the top, the wide north, the narrow central coast and the Mekong delta in the south, so a reader finds
 * a province where they expect it. Read from {@code tile-grid.csv} beside this class.
 */
final class TileGrid {

    /** One tile: grid column and row from the top-left, and the short name printed on the tile. */
    record Cell(String provinceId, int col, int row, String labelVi, String labelEn) {

        String label(Lang lang) {
            return lang == Lang.VI ? labelVi : labelEn;
        }
    }

    private static final String RESOURCE = "tile-grid.csv";
    private static final List<Cell> CELLS = read();

    private TileGrid() {}

    /** In reading order, north to south and west to east, which is also the keyboard order of the tiles. */
    static List<Cell> cells() {
        return CELLS;
    }

    static int columns() {
        return CELLS.stream().mapToInt(Cell::col).max().orElseThrow() + 1;
    }

    static int rows() {
        return CELLS.stream().mapToInt(Cell::row).max().orElseThrow() + 1;
    }

    private static List<Cell> read() {
        List<Cell> cells = new ArrayList<>();
        try (InputStream in = TileGrid.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " beside " + TileGrid.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            String header = reader.readLine();
            if (!"id,col,row,label_vi,label_en".equals(header)) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException(RESOURCE + ": expected 5 fields in " + line);
                }
                cells.add(new Cell(
                        fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), fields[3], fields[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        requireDistinct(cells);
        cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        return List.copyOf(cells);
    }

    private static void requireDistinct(List<Cell> cells) {
        Set<String> ids = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Cell cell : cells) {
            if (!ids.add(cell.provinceId())) {
                throw new IllegalStateException(RESOURCE + ": " + cell.provinceId() + " appears twice");
            }
            if (!places.add(cell.col() + "," + cell.row())) {
                throw new IllegalStateException(RESOURCE + ": two tiles at column " + cell.col() + ", row " + cell.row());
            }
        }
    }
}
