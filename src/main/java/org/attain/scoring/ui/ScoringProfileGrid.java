package org.attain.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.attain.assessment.Band;
import org.attain.assessment.ScoringProfile;
import org.attain.status.QualitativeLevel;
import org.jspecify.annotations.Nullable;

/** The scoring profiles side by side: weights, bands and grades; with a Use button each when someone may choose. */
class ScoringProfileGrid extends Grid<ScoringProfile> {

    ScoringProfileGrid(List<ScoringProfile> profiles, @Nullable String chosen, @Nullable Consumer<String> choose) {
        setId("scoring-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(p -> name(this, p.code()))
                .setHeader(getTranslation("scoring.col.name"))
                .setKey("name")
                .setFlexGrow(2);
        addColumn(this::weights)
                .setHeader(getTranslation("scoring.col.weights"))
                .setKey("weights")
                .setFlexGrow(3);
        addColumn(this::bands)
                .setHeader(getTranslation("scoring.col.bands"))
                .setKey("bands")
                .setFlexGrow(3);
        addColumn(p -> p.grades() == null
                        ? getTranslation("self.grade.none")
                        : getTranslation(
                                "scoring.grades",
                                plain(p.grades().excellent()),
                                plain(p.grades().good()),
                                plain(p.grades().fair())))
                .setHeader(getTranslation("scoring.col.grades"))
                .setKey("grades")
                .setFlexGrow(2);
        if (choose != null) {
            addComponentColumn(p -> {
                        Button use = new Button(getTranslation("scoring.use"), e -> choose.accept(p.code()));
                        use.setId("use-" + p.code());
                        use.setEnabled(!p.code().equals(chosen));
                        return use;
                    })
                    .setKey("use")
                    .setFlexGrow(0)
                    .setWidth("9rem");
        }
        setItems(profiles);
    }

    private String weights(ScoringProfile p) {
        return getTranslation("self.budget") + " " + plain(p.budget()) + " · "
                + p.groups().stream()
                        .map(g -> String.join(" + ", g.categories()) + " " + plain(g.weight()))
                        .collect(Collectors.joining(" · "));
    }

    private String bands(ScoringProfile p) {
        return Arrays.stream(QualitativeLevel.values())
                .map(l -> {
                    Band b = p.bands().of(l);
                    return getTranslation(
                            "scoring.band", getTranslation(l), pct(b.min()), pct(b.max()), pct(b.fallback()));
                })
                .collect(Collectors.joining(" · "));
    }

    /** A profile's name in the reader's language, else its code. */
    static String name(Component c, String code) {
        String name = c.getTranslation("scoring.profile." + code);
        return name.startsWith("!") ? code : name;
    }

    private static String pct(BigDecimal share) {
        return plain(share.multiply(BigDecimal.valueOf(100)));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
