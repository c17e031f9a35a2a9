package vn.r57.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The catalog refuses to load reference files whose lineage or vocabulary contradicts itself. */
class CatalogConsistencyTest {

    @Test
    void thePristineResourcesLoad() {
        assertEquals(86, Catalog.read(CsvReader::readResource).provinces().size());
    }

    @Test
    void aPredecessorThatNamesAnotherSuccessorIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("provinces.csv",
                csv -> csv.replace("binh-dinh,Bình Định,Binh Dinh,province,,2025-06-30,gia-lai,,",
                        "binh-dinh,Bình Định,Binh Dinh,province,,2025-06-30,quang-ngai,,")));

        assertEquals("gia-lai: predecessor binh-dinh does not name it as successor", e.getMessage());
    }

    @Test
    void aSuccessorThatDoesNotListThePredecessorIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("provinces.csv",
                csv -> csv.replace("gia-lai-pre2025;binh-dinh", "gia-lai-pre2025")));

        assertEquals("binh-dinh: successor gia-lai does not list it", e.getMessage());
    }

    @Test
    void aGapBetweenAPredecessorsEndAndItsSuccessorsStartIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("provinces.csv",
                csv -> csv.replace("binh-dinh,Bình Định,Binh Dinh,province,,2025-06-30,", "binh-dinh,Bình Định,Binh Dinh,province,,2025-06-29,")));

        assertEquals("binh-dinh: successor gia-lai does not start the day after it ends", e.getMessage());
    }

    @Test
    void aProvinceListedTwiceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("provinces.csv",
                csv -> csv + "thanh-hoa,Thanh Hóa,Thanh Hoa,province,,,,,again\n"));

        assertEquals("thanh-hoa: listed twice", e.getMessage());
    }

    @Test
    void anIndicatorInAnUnknownPillarIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("indicators.csv",
                csv -> csv.replace("it-park-employees,digital-economy,", "it-park-employees,digital-economics,")));

        assertEquals("it-park-employees: unknown pillar digital-economics", e.getMessage());
    }

    @Test
    void anIndicatorUnitWithoutTranslationIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("units.csv",
                csv -> csv.replace("stations,trạm,stations\n", "")));

        assertEquals("mobile-base-stations: unit without translation stations", e.getMessage());
    }

    @Test
    void anUnknownValueTypeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> readWith("indicators.csv",
                csv -> csv.replace("%,percent,0,100,up,30,2030", "%,share,0,100,up,30,2030")));

        assertEquals("unknown value type: share", e.getMessage());
    }

    @Test
    void anUnknownFrequencyIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("indicators.csv",
                csv -> csv.replace(",,,,yearly-only,monthly,15", ",,,,yearly-only,weekly,15")));

        assertEquals("on-time-admin-processing: unknown frequency: weekly (monthly, quarterly, yearly or once)", e.getMessage());
    }

    @Test
    void aDueRuleThatIsNotANumberOfDaysIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("indicators.csv",
                csv -> csv.replace(",,,,yearly-only,monthly,15", ",,,,yearly-only,monthly,")));

        assertEquals("on-time-admin-processing: due_days_after_period must be a whole number of days, not \"\"", e.getMessage());
    }

    @Test
    void aDueRuleOfMoreThanAYearIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("indicators.csv",
                csv -> csv.replace(",,,,yearly-only,monthly,15", ",,,,yearly-only,monthly,400")));

        assertEquals("on-time-admin-processing: due days after the period must be 0 to 366, not 400", e.getMessage());
    }

    @Test
    void aMilestoneReportedOnceNeedsATargetYear() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("indicators.csv",
                csv -> csv.replace(",,,,year-end,quarterly,20\nonline-public-services-usage", ",,,,year-end,once,20\nonline-public-services-usage")));

        assertEquals("online-public-services-share: a milestone reported once needs a national target year", e.getMessage());
    }

    private static Catalog readWith(String file, UnaryOperator<String> change) {
        return Catalog.read(name -> name.equals(file) ? CsvReader.parse(change.apply(resourceText(name))) : CsvReader.readResource(name));
    }

    private static String resourceText(String name) {
        try (InputStream in = CatalogConsistencyTest.class.getResourceAsStream("/vn/r57/core/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
