package vn.r57.render.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.ValueType;
import vn.r57.core.format.Numbers;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Published;
import vn.r57.core.progress.Reading;
import vn.r57.core.progress.Status;
import vn.r57.render.model.Progress;
import vn.r57.render.site.Messages;

/**
 * A progress row in words: the status with its symbol (never colour alone), the target it is measured against, and a
 * one-line reason such as "needs +9.84 %/year, observed +4.10 %/year". Numbers are those of the open data.
 */
public final class ProgressWords {

    private final Formats f;
    private final Messages msg;
    private final Lang lang;

    public ProgressWords(Formats f) {
        this.f = f;
        this.msg = f.msg();
        this.lang = f.lang();
    }

    public String status(Status status) {
        return msg.text("progress.status." + status.wireName());
    }

    /** A text symbol beside the word, so that the status reads without colour. */
    public static String symbol(Status status) {
        return switch (status) {
            case TARGET_ACHIEVED, ACHIEVED_LATE -> "✓";
            case ON_TRACK, SUBSTANTIAL_PROGRESS -> "▲";
            case ACCELERATION_NEEDED, MODERATE_PROGRESS -> "△";
            case LIMITED_PROGRESS -> "▷";
            case DETERIORATION -> "▼";
            case NOT_ACHIEVED, OVERDUE -> "✗";
            case NOT_YET_DUE -> "○";
            case UNABLE_TO_ASSESS -> "?";
        };
    }

    /** "80% by 2030 (national)" or "7,500 by 2030 (own target)"; "no target (trend)" without one. */
    public String target(Progress progress) {
        boolean milestone = progress.indicator().valueType() == ValueType.MILESTONE;
        return progress.target()
                .map(target -> milestone
                        ? msg.text("progress.target.milestone." + target.source().wireName(), Integer.toString(target.year()))
                        : msg.text("progress.target." + target.source().wireName(),
                                number(target.value(), progress.indicator()), Integer.toString(target.year())))
                .orElse(msg.text("progress.target.none"));
    }

    /** The one-line reason for the status. */
    public String reason(Progress progress) {
        Assessment a = progress.assessment();
        Indicator indicator = progress.indicator();
        List<String> parts = new ArrayList<>();
        switch (a.status()) {
            case UNABLE_TO_ASSESS -> parts.add(msg.text("progress.reason." + a.reason().orElseThrow().wireName()));
            case TARGET_ACHIEVED, ACHIEVED_LATE, NOT_ACHIEVED -> a.current().ifPresent(current -> parts.add(msg.text(
                    "progress.reason.reached." + a.status().wireName(), reading(current, indicator))));
            case NOT_YET_DUE, OVERDUE -> parts.add(msg.text("progress.reason." + a.status().wireName(),
                    Integer.toString(a.target().orElseThrow().year())));
            default -> {
                if (a.requiredRate().isPresent()) {
                    parts.add(msg.text("progress.reason.rates", rate(a.requiredRate().get()), rate(a.observedRate().orElseThrow())));
                } else {
                    parts.add(msg.text("progress.reason.trend", rate(a.observedRate().orElseThrow())));
                }
            }
        }
        if (a.base().map(Reading::isComputedSum).orElse(false) && a.status() != Status.UNABLE_TO_ASSESS) {
            parts.add(msg.text("progress.reason.fromSum", f.periodShort(a.base().get().period())));
        }
        if (a.zeroBaseReplaced()) {
            parts.add(msg.text("progress.reason.zeroBase"));
        }
        if (a.coefficient().map(c -> c.compareTo(BigDecimal.ONE) < 0).orElse(false)) {
            parts.add(msg.text("progress.reason.nearLimit"));
        }
        return String.join(msg.text("progress.reason.separator"), parts);
    }

    /** "at this rate: 66.55% in 2030"; empty when there is no projection. */
    public String projection(Progress progress) {
        Assessment a = progress.assessment();
        return a.projection()
                .map(value -> msg.text("progress.projection", number(Published.level(value), progress.indicator()),
                        Integer.toString(a.target().orElseThrow().year())))
                .orElse("");
    }

    /** The figure with its period: "55% (2026)". */
    public String reading(Reading reading, Indicator indicator) {
        return msg.text("progress.reading", number(reading.value(), indicator), f.periodShort(reading.period()));
    }

    /** A signed rate a year: "+9.84 %/year", "−4.10 %/year". */
    public String rate(BigDecimal rate) {
        BigDecimal percent = Published.ratePercent(rate);
        String sign = percent.signum() > 0 ? "+" : "";
        return msg.text("progress.rate", sign + Numbers.format(percent, lang));
    }

    private String number(BigDecimal value, Indicator indicator) {
        return "%".equals(indicator.unit()) ? Numbers.percent(value, lang) : Numbers.format(value, lang);
    }

    /** The status word and symbol as one accessible phrase, for charts' text alternatives. */
    public String spoken(Progress progress) {
        String status = status(progress.assessment().status());
        return progress.hasTarget()
                ? msg.text("progress.spoken", target(progress), status, reason(progress))
                : msg.text("progress.spoken.trend", status, reason(progress));
    }
}
