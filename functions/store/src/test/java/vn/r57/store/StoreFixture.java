package vn.r57.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;

/** A fresh table per test, so tests neither see nor disturb each other's items. */
public final class StoreFixture {

    static final Source SOURCE = new Source("Chính quyền số – chìa khóa đưa tỉnh Thanh Hóa phát triển hiện đại",
            Optional.of("https://mst.gov.vn/chinh-quyen-so-chia-khoa-dua-tinh-thanh-hoa-phat-trien-hien-dai-197251113163637427.htm"));

    private StoreFixture() {}

    static String newTable(DynamoDbClient client) {
        String table = "store-it-" + UUID.randomUUID();
        Tables.create(client, table);
        return table;
    }

    static Observation actual(String indicator, String value) {
        return new Observation(indicator, Kind.ACTUAL, new BigDecimal(value), Optional.empty(), Optional.empty());
    }

    static Observation actual(String indicator, String value, Qualifier qualifier) {
        return new Observation(indicator, Kind.ACTUAL, new BigDecimal(value), Optional.of(qualifier), Optional.empty());
    }

    static Submission thanhHoa2025(Observation... values) {
        return new Submission("thanh-hoa", Period.year(2025), SOURCE, List.of(values));
    }
}
