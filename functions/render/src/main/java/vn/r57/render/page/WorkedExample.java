package vn.r57.render.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Published;
import vn.r57.core.progress.Reading;
import vn.r57.core.progress.UnitProgress;
import vn.r57.core.period.Period;
import vn.r57.render.model.Progress;

/**
 * The worked example of the About page and of docs/methodology.md: a unit using online public services at 40 % in
 * 2024 and 48.4 % in 2026, against the national 80 % by 2030. The numbers are computed by the same code as every
 * published status, so the explanation cannot drift from the method (a test holds the document to them).
 */
public record WorkedExample(Indicator indicator, Progress progress) {

    static final String INDICATOR = "online-public-services-usage";
    static final Reading BASE = Reading.own(Period.year(2024), new BigDecimal("40"));
    static final Reading CURRENT = Reading.own(Period.year(2026), new BigDecimal("48.4"));

    public static WorkedExample of(Catalog catalog) {
        Indicator indicator = catalog.indicator(INDICATOR).orElseThrow();
        Assessment national = UnitProgress.assess(indicator, List.of(BASE, CURRENT), List.of(), Optional.empty(),
                List.of(), CURRENT.year()).get(0);
        return new WorkedExample(indicator, new Progress("example", indicator, national, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** The steps in words, one sentence each, in the language of {@code f}. */
    public List<String> steps(Formats f) {
        ProgressWords words = new ProgressWords(f);
        Assessment a = progress.assessment();
        var msg = f.msg();
        String base = f.number(BASE.value(), indicator);
        String current = f.number(CURRENT.value(), indicator);
        String target = f.number(a.target().orElseThrow().value(), indicator);
        return List.of(
                msg.text("example.step.figures", base, current, words.target(progress)),
                msg.text("example.step.observed", current, base, words.rate(a.observedRate().orElseThrow())),
                msg.text("example.step.required", target, base, words.rate(a.requiredRate().orElseThrow())),
                msg.text("example.step.ratio", plain(f, Published.ratePercent(a.observedRate().get())),
                        plain(f, Published.ratePercent(a.requiredRate().get())), plain(f, Published.ratio(a.ratio().orElseThrow())),
                        words.status(a.status())),
                msg.text("example.step.projection", current,
                        vn.r57.core.format.Numbers.percent(Published.ratePercent(a.observedRate().get()), f.lang()),
                        f.number(Published.level(a.projection().orElseThrow()), indicator)));
    }

    private static String plain(Formats f, BigDecimal value) {
        return vn.r57.core.format.Numbers.format(value, f.lang());
    }
}
