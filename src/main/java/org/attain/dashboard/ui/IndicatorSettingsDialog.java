package org.attain.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.attain.i18n.MessageException;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.status.ProfileInference;
import org.attain.status.ProgressProfile;
import org.attain.targets.Comparator;

/** The officer's settings of one indicator: how its target compares and how it progresses through the year. */
class IndicatorSettingsDialog extends Dialog {

    IndicatorSettingsDialog(Indicator indicator, IndicatorService indicators) {
        setHeaderTitle(indicator.getName());
        setId("indicator-settings");
        ProgressProfile profile = indicator.getProgressProfile();
        Select<Comparator> comparator = new Select<>();
        comparator.setLabel(getTranslation("settings.comparator", indicator.getTargetText()));
        comparator.setItems(Comparator.values());
        comparator.setItemLabelGenerator(Comparator::symbol);
        boolean quantitative = !indicator.getTarget().isQualitative();
        comparator.setVisible(quantitative);
        if (quantitative) {
            comparator.setValue(indicator.getTarget().comparator());
        }
        Select<ProgressProfile.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("indicator.profile"));
        kind.setItems(ProgressProfile.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("profile." + k.name(), profile.dueMonth() == null ? 2 : profile.dueMonth()));
        kind.setValue(profile.kind());
        IntegerField due = new IntegerField(getTranslation("settings.dueMonth"));
        due.setMin(1);
        due.setMax(12);
        due.setValue(profile.dueMonth() == null ? 2 : profile.dueMonth());
        TextField custom = new TextField(getTranslation("settings.custom"));
        custom.setHelperText(getTranslation("settings.custom.help"));
        custom.setValue(String.join(
                ",",
                profile.monthlyPercentages().stream()
                        .map(BigDecimal::toPlainString)
                        .toList()));
        custom.setWidthFull();
        Runnable visibility = () -> {
            due.setVisible(kind.getValue() == ProgressProfile.Kind.BY_DATE);
            custom.setVisible(kind.getValue() == ProgressProfile.Kind.CUSTOM);
        };
        kind.addValueChangeListener(e -> visibility.run());
        visibility.run();
        Button save = new Button(getTranslation("self.weights.save"), e -> {
            try {
                ProgressProfile chosen =
                        switch (kind.getValue()) {
                            case BY_DATE -> ProgressProfile.byDate(due.getValue() == null ? 0 : due.getValue());
                            case CUSTOM ->
                                ProgressProfile.custom(
                                        Arrays.stream(custom.getValue().split("[,，\\s]+"))
                                                .filter(x -> !x.isBlank())
                                                .map(BigDecimal::new)
                                                .toList());
                            default -> new ProgressProfile(kind.getValue(), null, List.of());
                        };
                if (quantitative
                        && comparator.getValue() != indicator.getTarget().comparator()) {
                    indicators.setComparator(indicator.getId(), comparator.getValue());
                }
                if (!chosen.equals(profile)) {
                    indicators.setProgressProfile(indicator.getId(), chosen);
                }
                close();
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (MessageException ex) {
                refused(getTranslation(ex.message()));
            } catch (NumberFormatException ex) {
                refused(getTranslation("settings.refused.customNumber"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-settings");
        ProfileInference.Inference inferred = ProfileInference.explain(
                indicator.getName(),
                indicator.getSubcategory(),
                indicator.getTarget(),
                indicators.projectText(indicator.getProjectId()));
        Paragraph why = new Paragraph(getTranslation(
                "settings.inferred",
                profileLabel(inferred.profile()),
                getTranslation("profile.reason." + inferred.reason(), inferred.argument())));
        why.setId("inferred-profile");
        why.addClassName("attain-explanation");
        add(why, new FormLayout(comparator, kind, due, custom));
        getFooter().add(new Button(getTranslation("import.cancel"), e -> close()), save);
    }

    private static void refused(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String profileLabel(ProgressProfile p) {
        return getTranslation("profile." + p.kind().name(), p.dueMonth() == null ? 2 : p.dueMonth());
    }
}
