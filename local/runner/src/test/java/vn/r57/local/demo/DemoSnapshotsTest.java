package vn.r57.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed figures become the snapshots a department would have sent, values written as the CSV writes them. */
class DemoSnapshotsTest {

    @Test
    void oneSnapshotPerProvincePeriodAndArticle() {
        assertEquals(List.of(
                        "thanh-hoa 2025 7", "thanh-hoa 2024 1", "binh-dinh 2025-03 2", "binh-dinh 2030 2",
                        "ha-giang 2025-04 2", "gia-lai 2026 1", "gia-lai 2025 2"),
                DemoSnapshots.all().stream().map(s -> s.province() + " " + s.period() + " " + s.values()).toList());
    }

    @Test
    void aTargetKeepsItsKindQualifierAndNote() {
        DemoSnapshots.Snapshot giaLai2026 = DemoSnapshots.all().get(5);
        assertEquals("demo-6-gia-lai-2026", giaLai2026.idempotencyKey());
        assertEquals("""
                {
                  "province": "gia-lai",
                  "period": "2026",
                  "source": {"title": "Phấn đấu đưa Gia Lai lọt vào top đầu của cả nước về phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số", \
                "url": "https://gialai.gov.vn/tin-tuc/hoat-dong-cua-lanh-dao/phan-dau-dua-gia-lai-lot-vao-top-dau-cua-ca-nuoc-ve-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so.html"},
                  "values": [
                    {"indicator": "st-dx-budget-share", "value": 3, "kind": "target", "qualifier": "at-least", \
                "note": "from 2026, 3% of budget spending for science, technology and digital transformation"}
                  ]
                }
                """, giaLai2026.body());
    }

    @Test
    void decimalsTravelAsTheCsvWritesThem() {
        String thanhHoa2025 = DemoSnapshots.all().get(0).body();
        assertTrue(thanhHoa2025.contains("{\"indicator\": \"on-time-admin-processing\", \"value\": 99.51, \"note\": \"administrative procedures handled on time\"}"), thanhHoa2025);
        assertTrue(thanhHoa2025.contains("{\"indicator\": \"village-broadband-coverage\", \"value\": 99.7, \"note\": \"coverage of villages and hamlets\"}"), thanhHoa2025);
    }
}
